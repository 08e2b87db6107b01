package org.refundbatch.job;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.WithdrawalAssessor;
import org.refundbatch.intake.WithdrawalRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** The intake step's processor: a thin adapter over {@link WithdrawalAssessor#assess}. */
public class WithdrawalProcessor implements ItemProcessor<WithdrawalRow, IntakeOutcome> {

    private final WithdrawalAssessor assessor;

    public WithdrawalProcessor(WithdrawalAssessor assessor) {
        this.assessor = assessor;
    }

    @Override
    public IntakeOutcome process(WithdrawalRow row) {
        return assessor.assess(row);
    }
}
