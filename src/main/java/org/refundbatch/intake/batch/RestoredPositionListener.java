package org.refundbatch.intake.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Saves a restarted step's position as soon as the step starts. Spring Batch 6 stores the new step
 * execution with an empty context and saves the position it restored only with the first committed chunk:
 * killed before that, the next restart would find the empty context and read the sheets from the top
 * (the ledger's constraints then stop it, but it could never complete).
 */
public class RestoredPositionListener implements StepExecutionListener {

    private final JobRepository jobRepository;

    public RestoredPositionListener(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (!stepExecution.getExecutionContext().isEmpty()) {
            jobRepository.updateExecutionContext(stepExecution);
        }
    }
}
