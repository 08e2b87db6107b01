package org.refundbatch.run;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Checks the database run lock before every step and before every chunk commits (after its items are written, in
 * its transaction): a run whose lock was lost fails there, restartable, instead of going on beside a second run
 * that took the lock on another host. Registered on every step bean, partition workers included.
 */
class RunLockChecks implements BeanPostProcessor {

    private final ObjectProvider<DatabaseRunLock> lock;

    RunLockChecks(ObjectProvider<DatabaseRunLock> lock) {
        this.lock = lock;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(new StepExecutionListener() {
                @Override
                public void beforeStep(StepExecution stepExecution) {
                    lock.getObject().checkHeld();
                }
            });
        }
        if (bean instanceof ChunkOrientedStep<?, ?> step) {
            ((ChunkOrientedStep) step).registerItemWriteListener(new ItemWriteListener<Object>() {
                @Override
                public void afterWrite(Chunk<?> items) {
                    lock.getObject().checkHeld();
                }
            });
        }
        return bean;
    }
}
