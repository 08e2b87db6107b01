package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.refundbatch.policy.HoldReason;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;
import org.refundbatch.policy.StudentId;

/**
 * A refund as the ledger holds it: one row of the {@code refund} table.
 *
 * @param amountPaid null when the sheet did not say (the fee counted as fully paid)
 * @param iban normalised (no spaces, upper case), or null when the sheet gave none
 * @param holdReason why an {@code ON_HOLD} refund is not paid ({@link HoldReason#text()}); null for any other status
 */
public record RefundRecord(String refundId, LocalDate runDate, String studentId, String lastName, String firstName,
                           String microCredential, String academicYear, LocalDate withdrawalDate, RefundRule rule,
                           LocalDate fullRefundBefore, LocalDate noRefundFrom, BigDecimal registrationFee,
                           BigDecimal entitlement, BigDecimal amountPaid, BigDecimal refundAmount,
                           RefundStatus status, String iban, String bic, String reference, String sourceFile,
                           int fileSeq, int sourceRow, String holdReason) implements ListedRefund {

    public RefundRecord {
        if (holdReason != null && status != RefundStatus.ON_HOLD) {
            throw new IllegalArgumentException("refund " + refundId + " is " + status + ", not ON_HOLD, yet has the"
                    + " hold reason '" + holdReason + "'");
        }
    }

    /** A refund whose hold reason, when it is {@code ON_HOLD}, is that it has no IBAN. */
    public RefundRecord(String refundId, LocalDate runDate, String studentId, String lastName, String firstName,
                        String microCredential, String academicYear, LocalDate withdrawalDate, RefundRule rule,
                        LocalDate fullRefundBefore, LocalDate noRefundFrom, BigDecimal registrationFee,
                        BigDecimal entitlement, BigDecimal amountPaid, BigDecimal refundAmount,
                        RefundStatus status, String iban, String bic, String reference, String sourceFile,
                        int fileSeq, int sourceRow) {
        this(refundId, runDate, studentId, lastName, firstName, microCredential, academicYear, withdrawalDate, rule,
                fullRefundBefore, noRefundFrom, registrationFee, entitlement, amountPaid, refundAmount, status, iban,
                bic, reference, sourceFile, fileSeq, sourceRow,
                status == RefundStatus.ON_HOLD ? HoldReason.NO_IBAN.text() : null);
    }

    /**
     * The key refunded at most once, ever: student id, micro-credential and academic year, the student id in its
     * canonical form ({@link StudentId}).
     */
    public String refundKey() {
        return keyOf(studentId, microCredential, academicYear);
    }

    public static String keyOf(String studentId, String microCredential, String academicYear) {
        return StudentId.canonical(studentId) + "|" + microCredential.toUpperCase(java.util.Locale.ROOT) + "|" + academicYear;
    }
}
