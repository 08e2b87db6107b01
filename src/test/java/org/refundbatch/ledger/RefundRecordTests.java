package org.refundbatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.refundbatch.policy.HoldReason;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;

class RefundRecordTests {

    @Test
    void buildsEveryValueIntoItsOwnComponent() {
        RefundRecord built = RefundRecord.builder()
                .refundId("R20261130-001-0000014").runDate(LocalDate.of(2026, 11, 30))
                .studentId("0123456").lastName("Peeters").firstName("Anna")
                .microCredential("MC-DATA").academicYear("2026-2027").withdrawalDate(LocalDate.of(2026, 11, 20))
                .rule(RefundRule.SECOND_SEMESTER_TUITION).fullRefundBefore(LocalDate.of(2026, 11, 1))
                .noRefundFrom(LocalDate.of(2027, 3, 15)).registrationFee(new BigDecimal("1116.00"))
                .entitlement(new BigDecimal("496.80")).amountPaid(new BigDecimal("1000.00"))
                .refundAmount(new BigDecimal("380.80")).status(RefundStatus.ON_HOLD)
                .holdReason(HoldReason.OUTSIDE_SEPA.text()).iban("TR330006100519786457841326").bic("AKBKTRIS")
                .reference("dossier 12").sourceFile("withdrawals-nov.xlsx").fileSeq(3).sourceRow(14).build();

        assertThat(built).isEqualTo(new RefundRecord("R20261130-001-0000014", LocalDate.of(2026, 11, 30),
                "0123456", "Peeters", "Anna", "MC-DATA", "2026-2027", LocalDate.of(2026, 11, 20),
                RefundRule.SECOND_SEMESTER_TUITION, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 15),
                new BigDecimal("1116.00"), new BigDecimal("496.80"), new BigDecimal("1000.00"),
                new BigDecimal("380.80"), RefundStatus.ON_HOLD,
                "TR330006100519786457841326", "AKBKTRIS", "dossier 12", "withdrawals-nov.xlsx", 3, 14,
                "account outside SEPA: pay by other means"));
    }

    @Test
    void leavesAValueNotGivenEmpty() {
        RefundRecord built = RefundRecord.builder().refundId("R1").status(RefundStatus.NOTHING_DUE).build();

        assertThat(built.amountPaid()).isNull();
        assertThat(built.iban()).isNull();
        assertThat(built.holdReason()).isNull();
        assertThat(built.fileSeq()).isZero();
        assertThat(built.sourceRow()).isZero();
    }

    @Test
    void refusesAHoldReasonForARefundThatIsNotOnHold() {
        assertThatIllegalArgumentException().isThrownBy(() -> RefundRecord.builder().refundId("R1")
                        .status(RefundStatus.PAYABLE).holdReason(HoldReason.NO_IBAN.text()).build())
                .withMessage("refund R1 is PAYABLE, not ON_HOLD, yet has the hold reason 'no IBAN: ask the student"
                        + " for an account'");
    }
}
