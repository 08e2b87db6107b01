package org.refundbatch.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.policy.CreditStatus;
import org.refundbatch.policy.HoldReason;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;

/** Ledger rows as the writers get them, for the tests. */
final class RefundFixtures {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    static final Debtor UNIVERSITY = new Debtor("Universiteit Antwerpen", "BE68 5390 0754 7034", "GEBABEBB",
            "0257307775");

    private RefundFixtures() {
    }

    static RefundRecord payable(String id, String lastName, String firstName, String amount, String iban,
                                String bic) {
        return refund(id, lastName, firstName, RefundRule.FULL, new BigDecimal(amount), RefundStatus.PAYABLE, iban,
                bic);
    }

    static RefundRecord refund(String id, String lastName, String firstName, RefundRule rule, BigDecimal amount,
                               RefundStatus status, String iban, String bic) {
        return refundBuilder(id, lastName, firstName, rule, amount, status, iban, bic).build();
    }

    /** The values of {@link #refund}, for a test that changes some of them. */
    static RefundRecord.Builder refundBuilder(String id, String lastName, String firstName, RefundRule rule,
                                              BigDecimal amount, RefundStatus status, String iban, String bic) {
        return RefundRecord.builder().refundId(id).runDate(RUN_DATE)
                .studentId("0" + Math.floorMod(id.hashCode(), 100000)).lastName(lastName).firstName(firstName)
                .microCredential("MC-DATA").academicYear("2026-2027").withdrawalDate(LocalDate.of(2026, 10, 15))
                .rule(rule).fullRefundBefore(LocalDate.of(2026, 11, 1)).noRefundFrom(LocalDate.of(2027, 3, 15))
                .registrationFee(new BigDecimal("1116.00")).entitlement(new BigDecimal("1116.00")).refundAmount(amount)
                .status(status).holdReason(status == RefundStatus.ON_HOLD ? HoldReason.NO_IBAN.text() : null)
                .iban(iban).bic(bic).reference("dossier 12").sourceFile("withdrawals-nov.xlsx").fileSeq(1).sourceRow(2);
    }

    static CreditRecord credit(String refundId, int lineNo, String unit, String credits, String amount,
                               CreditStatus status) {
        return new CreditRecord(refundId, lineNo, "0001234", "MC-DATA", "2026-2027", unit, "Data science " + lineNo,
                "2", new BigDecimal(credits), new BigDecimal("13.80"), new BigDecimal(amount), status);
    }

    static RejectRecord reject(String file, int row, String column, String value, String reason) {
        return new RejectRecord(file, 1, row, column, value, reason,
                List.of("0001234", "Peeters", "An", "MC-XYZ", "2026-2027", "31/02/2026", "", "", "", ""));
    }
}
