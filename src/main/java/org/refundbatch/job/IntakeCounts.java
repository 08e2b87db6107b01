package org.refundbatch.job;

import org.refundbatch.intake.WithdrawalSheetReader;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The data rows the intake step read over every attempt of a run, as its reader committed them. The
 * step's own read count is no use here: after a failed chunk it still counts the rows that were rolled back.
 */
class IntakeCounts {

    private final JobRepository jobRepository;

    IntakeCounts(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    long rowsRead(JobInstance run) {
        StepExecution intake = jobRepository.getLastStepExecution(run, RefundJobConfiguration.INTAKE_STEP);
        return intake == null ? 0 : WithdrawalSheetReader.rowsDelivered(intake.getExecutionContext());
    }
}
