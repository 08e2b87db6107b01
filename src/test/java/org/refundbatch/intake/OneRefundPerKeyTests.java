package org.refundbatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.refundbatch.ledger.KnownRefund;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundState;
import org.refundbatch.policy.RefundStatus;

class OneRefundPerKeyTests {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);

    @Test
    void rejectsTheSecondRowOfAKeyInTheSameBatchNamingTheFirst() {
        Map<String, KnownRefund> earlier = new HashMap<>();

        OneRefundPerKey.Sorted sorted = OneRefundPerKey.sort(List.of(refunded("0123456", 2), refunded("0999999", 3),
                refunded("0123456", 4)), earlier, NIGHT);

        assertThat(sorted.refunds()).extracting(RefundRecord::sourceRow).containsExactly(2, 3);
        assertThat(sorted.rejects()).extracting(RejectRecord::sourceRow, RejectRecord::column, RejectRecord::reason)
                .containsExactly(tuple(4, "student_id", "already refunded earlier in this"
                        + " run (2026-11-30): 0123456 / MC-DATA / 2026-2027 from w.csv row 2 (refund R-2)"));
        assertThat(sorted.outcomes()).hasSize(3);
        assertThat(sorted.outcomes().get(2)).isInstanceOf(IntakeOutcome.Rejected.class);
        assertThat(earlier).containsOnlyKeys("0123456|MC-DATA|2026-2027", "0999999|MC-DATA|2026-2027");
    }

    @Test
    void rejectsAKeyAnEarlierNightRefundedWithThatNightsDate() {
        Map<String, KnownRefund> earlier = new HashMap<>(Map.of("0123456|MC-DATA|2026-2027",
                new KnownRefund("R-OLD", LocalDate.of(2026, 11, 2), "oct.xlsx", 7,
                        new java.math.BigDecimal("495.00"), RefundState.SENT)));

        OneRefundPerKey.Sorted sorted = OneRefundPerKey.sort(List.of(refunded("0123456", 2)), earlier, NIGHT);

        assertThat(sorted.refunds()).isEmpty();
        assertThat(sorted.credits()).isEmpty();
        assertThat(sorted.rejects()).singleElement().extracting(RejectRecord::reason).isEqualTo("already refunded in"
                + " the run of 2026-11-02: 0123456 / MC-DATA / 2026-2027 from oct.xlsx row 7 (refund R-OLD)");
    }

    private static IntakeOutcome.Refunded refunded(String student, int row) {
        BigDecimal fee = new BigDecimal("495.00");
        RefundRecord refund = RefundRecord.builder().refundId("R-" + row).runDate(NIGHT)
                .studentId(student).lastName("Peeters").firstName("Anna")
                .microCredential("MC-DATA").academicYear("2026-2027").withdrawalDate(LocalDate.of(2026, 10, 15))
                .rule(RefundRule.FULL).fullRefundBefore(LocalDate.of(2026, 11, 1))
                .noRefundFrom(LocalDate.of(2027, 3, 15))
                .registrationFee(fee).entitlement(fee).refundAmount(fee).status(RefundStatus.PAYABLE)
                .iban("BE68539007547034").sourceFile("w.csv").fileSeq(1).sourceRow(row).build();
        return new IntakeOutcome.Refunded(refund, List.of(), List.of(student));
    }
}
