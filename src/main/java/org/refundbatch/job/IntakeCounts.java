package org.refundbatch.job;

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
class IntakeCounts {

    private final JobRepository jobRepository;

    IntakeCounts(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    long rowsRead(JobInstance run) {
        Set<String> steps = new LinkedHashSet<>();
        steps.add(RefundJobConfiguration.INTAKE_STEP);
        for (JobExecution execution : jobRepository.getJobExecutions(run)) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStepName().startsWith(PartitionedIntakeConfiguration.INTAKE_SHEET + ":")) {
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
