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

    /** A refund built value by value, each named; a value not given is null (0 for the file and row numbers). */
    public static Builder builder() {
        return new Builder();
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

    /** The values of a {@link RefundRecord}, one method each, named as the record's components. */
    public static final class Builder {

        private String refundId;
        private LocalDate runDate;
        private String studentId;
        private String lastName;
        private String firstName;
        private String microCredential;
        private String academicYear;
        private LocalDate withdrawalDate;
        private RefundRule rule;
        private LocalDate fullRefundBefore;
        private LocalDate noRefundFrom;
        private BigDecimal registrationFee;
        private BigDecimal entitlement;
        private BigDecimal amountPaid;
        private BigDecimal refundAmount;
        private RefundStatus status;
        private String iban;
        private String bic;
        private String reference;
        private String sourceFile;
        private int fileSeq;
        private int sourceRow;
        private String holdReason;

        private Builder() {
        }

        public Builder refundId(String refundId) {
            this.refundId = refundId;
            return this;
        }

        public Builder runDate(LocalDate runDate) {
            this.runDate = runDate;
            return this;
        }

        public Builder studentId(String studentId) {
            this.studentId = studentId;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder microCredential(String microCredential) {
            this.microCredential = microCredential;
            return this;
        }

        public Builder academicYear(String academicYear) {
            this.academicYear = academicYear;
            return this;
        }

        public Builder withdrawalDate(LocalDate withdrawalDate) {
            this.withdrawalDate = withdrawalDate;
            return this;
        }

        public Builder rule(RefundRule rule) {
            this.rule = rule;
            return this;
        }

        public Builder fullRefundBefore(LocalDate fullRefundBefore) {
            this.fullRefundBefore = fullRefundBefore;
            return this;
        }

        public Builder noRefundFrom(LocalDate noRefundFrom) {
            this.noRefundFrom = noRefundFrom;
            return this;
        }

        public Builder registrationFee(BigDecimal registrationFee) {
            this.registrationFee = registrationFee;
            return this;
        }

        public Builder entitlement(BigDecimal entitlement) {
            this.entitlement = entitlement;
            return this;
        }

        public Builder amountPaid(BigDecimal amountPaid) {
            this.amountPaid = amountPaid;
            return this;
        }

        public Builder refundAmount(BigDecimal refundAmount) {
            this.refundAmount = refundAmount;
            return this;
        }

        public Builder status(RefundStatus status) {
            this.status = status;
            return this;
        }

        public Builder iban(String iban) {
            this.iban = iban;
            return this;
        }

        public Builder bic(String bic) {
            this.bic = bic;
            return this;
        }

        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        public Builder sourceFile(String sourceFile) {
            this.sourceFile = sourceFile;
            return this;
        }

        public Builder fileSeq(int fileSeq) {
            this.fileSeq = fileSeq;
            return this;
        }

        public Builder sourceRow(int sourceRow) {
            this.sourceRow = sourceRow;
            return this;
        }

        public Builder holdReason(String holdReason) {
            this.holdReason = holdReason;
            return this;
        }

        /** @throws IllegalArgumentException when a refund that is not {@code ON_HOLD} has a hold reason */
        public RefundRecord build() {
            return new RefundRecord(refundId, runDate, studentId, lastName, firstName, microCredential, academicYear,
                    withdrawalDate, rule, fullRefundBefore, noRefundFrom, registrationFee, entitlement, amountPaid,
                    refundAmount, status, iban, bic, reference, sourceFile, fileSeq, sourceRow, holdReason);
        }
    }
}
