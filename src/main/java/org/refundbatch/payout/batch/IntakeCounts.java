package org.refundbatch.payout.batch;

import java.util.LinkedHashSet;
import java.util.Set;

import org.refundbatch.intake.WithdrawalSheetReader;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The data rows the intake read over every attempt of a run, as its readers committed them: the step
 * {@code intake}, or each partition {@code intakeSheet:sheet-<n>} of a partitioned run. The steps' own read
 * counts are no use here: after a failed chunk they still count the rows that were rolled back.
 */
public class IntakeCounts {

    private final JobRepository jobRepository;
    private final String intakeStep;
    private final String partitionPrefix;

    /**
     * @param intakeStep the name of the single intake step
     * @param partitionPrefix what the name of each partition of a partitioned intake starts with
     */
    public IntakeCounts(JobRepository jobRepository, String intakeStep, String partitionPrefix) {
        this.jobRepository = jobRepository;
        this.intakeStep = intakeStep;
        this.partitionPrefix = partitionPrefix;
    }

    long rowsRead(JobInstance run) {
        Set<String> steps = new LinkedHashSet<>();
        steps.add(intakeStep);
        for (JobExecution execution : jobRepository.getJobExecutions(run)) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStepName().startsWith(partitionPrefix)) {
                    steps.add(step.getStepName());
                }
            }
        }
        long rows = 0;
        for (String step : steps) {
            StepExecution last = jobRepository.getLastStepExecution(run, step);
            rows += last == null ? 0 : WithdrawalSheetReader.rowsDelivered(last.getExecutionContext());
        }
        return rows;
    }
}
