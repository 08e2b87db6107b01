package org.refundbatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.payout.Pain001Version;
import org.refundbatch.policy.CutOffCalendar;
import org.refundbatch.policy.RefundPolicy;

/** A row that makes the assessment fail in a way no check foresaw is a reject, never a failed night (DESIGN §7). */
class WithdrawalAssessorSafetyTests {

    @Test
    void rejectsARowWhoseAssessmentFailsUnforeseenNamingFileAndRow() {
        // no catalogue: the look-up of the row's micro-credential fails as an unforeseen fault would
        WithdrawalAssessor assessor = new WithdrawalAssessor(null, new RefundPolicy(CutOffCalendar.defaults()),
                BankFileChecksAtIntakeTests.RUN_DATE, Pain001Version.PAIN_001_001_09);

        IntakeOutcome outcome = assessor.assess(BankFileChecksAtIntakeTests.row("Claes", "Lotte",
                "BE68539007547034", null));

        RejectRecord reject = BankFileChecksAtIntakeTests.rejected(outcome);
        assertThat(reject.sourceFile()).isEqualTo("withdrawals-nov.xlsx");
        assertThat(reject.sourceRow()).isEqualTo(7);
        assertThat(reject.column()).isNull();
        assertThat(reject.reason()).isEqualTo("this row could not be assessed (NullPointerException); check its"
                + " values, correct them and drop the row again, or ask finance");
        assertThat(reject.original()).contains("Claes", "Lotte");
    }
}
