package org.refundbatch.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * Makes the job scope (the run's catalogue) available to a partition running on a thread of its own: Spring
 * Batch binds the job context to the job's thread only.
 */
class WorkerJobContext implements StepExecutionListener {

    @Override
    public void beforeStep(StepExecution stepExecution) {
        JobSynchronizationManager.register(stepExecution.getJobExecution());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        // unbinds without closing: the job's own thread closes the job context when the run ends
        JobSynchronizationManager.close();
        return null;
    }
}
