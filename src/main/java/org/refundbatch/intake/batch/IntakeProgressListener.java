package org.refundbatch.intake.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs the intake's progress after every chunk: rows done and rows per second. */
public class IntakeProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IntakeProgressListener.class);

    private String stepName;
    private long started;
    private long rows;
    private int chunks;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stepName = stepExecution.getStepName();
        started = System.nanoTime();
        rows = 0;
        chunks = 0;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        rows += chunk.size();
        chunks++;
        log.info("{}: chunk {} done, {} rows, {} rows/s", stepName, chunks, rows, rate(System.nanoTime()));
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
