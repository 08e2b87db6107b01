package org.refundbatch.intake.batch;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.WithdrawalAssessor;
import org.refundbatch.intake.WithdrawalRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The intake step's processor: a thin adapter over {@link WithdrawalAssessor#assess}. The mark of a sheet that
 * broke off becomes the file's reject, which the writer records with taking back the file's rows.
 */
public class WithdrawalProcessor implements ItemProcessor<WithdrawalRow, IntakeOutcome> {

    private final WithdrawalAssessor assessor;

    public WithdrawalProcessor(WithdrawalAssessor assessor) {
        this.assessor = assessor;
    }

    @Override
    public IntakeOutcome process(WithdrawalRow row) {
        if (row.isBrokenOff()) {
            return new IntakeOutcome.FileRejected(row.sourceFile(), row.fileSeq(), row.rowNumber(), row.damage());
        }
        return assessor.assess(row);
    }
}
