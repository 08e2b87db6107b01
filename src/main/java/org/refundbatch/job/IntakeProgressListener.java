package org.refundbatch.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs the intake's progress: rows done and rows per second, at most every few seconds and at the end. */
class IntakeProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IntakeProgressListener.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private String stepName;
    private long started;
    private long lastLog;
    private long rows;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stepName = stepExecution.getStepName();
        started = System.nanoTime();
        lastLog = started;
        rows = 0;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        rows += chunk.size();
        long now = System.nanoTime();
        if (now - lastLog >= INTERVAL_NANOS) {
            lastLog = now;
            log.info("{}: {} rows done, {} rows/s", stepName, rows, rate(now));
        }
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        log.info("{}: {} rows done in this attempt, {} rows/s", stepName, rows, rate(System.nanoTime()));
        return null;
    }

    private long rate(long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        return Math.round(rows / seconds);
    }
}
