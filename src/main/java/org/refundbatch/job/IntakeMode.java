package org.refundbatch.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Chooses how a run reads its sheets: in one step ({@code refund.grid-size=1}) or partitioned, one partition
 * per sheet then one per key range. The choice is kept in the job's execution context, so a restart goes on
 * the way the run started, whatever the setting says by then (the steps of the two ways have other names).
 */
class IntakeMode implements JobExecutionDecider {

    static final FlowExecutionStatus SINGLE = new FlowExecutionStatus("SINGLE");
    static final FlowExecutionStatus PARTITIONED = new FlowExecutionStatus("PARTITIONED");
    static final String GRID_SIZE_KEY = "refund.gridSize";

    private static final Logger log = LoggerFactory.getLogger(IntakeMode.class);

    private final JobRepository jobRepository;
    private final int gridSize;

    IntakeMode(JobRepository jobRepository, int gridSize) {
        this.jobRepository = jobRepository;
        this.gridSize = gridSize;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        ExecutionContext context = jobExecution.getExecutionContext();
        if (!context.containsKey(GRID_SIZE_KEY)) {
            context.putInt(GRID_SIZE_KEY, gridSize);
            // saved now: a run killed in its next step must restart the same way
            jobRepository.updateExecutionContext(jobExecution);
        }
        int runGridSize = context.getInt(GRID_SIZE_KEY);
        if (runGridSize != gridSize) {
            log.warn("This run started with refund.grid-size={}: going on that way (the setting is now {})",
                    runGridSize, gridSize);
        }
        return runGridSize > 1 ? PARTITIONED : SINGLE;
    }
}
