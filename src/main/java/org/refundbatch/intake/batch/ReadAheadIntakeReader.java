package org.refundbatch.intake.batch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.WithdrawalRow;
import org.refundbatch.intake.WithdrawalSheetReader;
import org.refundbatch.intake.WithdrawalSheetReader.Position;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The intake step's reader: reads the sheets and assesses each row on a thread of its own, up to
 * {@code capacity} rows ahead, while the step's thread writes the previous chunk to the ledger. The two
 * cores then share the night's work: parsing and the rules on one, the database on the other.
 *
 * <p>Restart stays exact: each outcome travels with the sheet reader's position after its row, and
 * {@link #update} saves the position of the last outcome the step took, which is the last one of the chunk
 * being committed, never a row read ahead. A failure of the reading thread is thrown by the next
 * {@link #read}, so the chunk fails as it would have.
 */
public class ReadAheadIntakeReader implements ItemStreamReader<IntakeOutcome> {

    private final WithdrawalSheetReader sheets;
    private final ItemProcessor<WithdrawalRow, IntakeOutcome> assessor;
    private final BlockingQueue<Ahead> queue;

    private Thread thread;
    private volatile boolean stopped;
    private Position taken;
    private boolean ended;

    /** An outcome (null at the end) with the reader's position after it, or what went wrong. */
    private record Ahead(IntakeOutcome outcome, Position position, Throwable failure) {
    }

    /**
     * @param sheets reads the staged sheets; used only on the reading thread once opened
     * @param assessor assesses a row; called on the reading thread
     * @param capacity outcomes read ahead at most
     */
    public ReadAheadIntakeReader(WithdrawalSheetReader sheets, ItemProcessor<WithdrawalRow, IntakeOutcome> assessor,
                          int capacity) {
        this.sheets = sheets;
        this.assessor = assessor;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public void open(ExecutionContext context) {
        sheets.open(context);
        taken = sheets.position();
        ended = false;
        stopped = false;
        StepContext step = StepSynchronizationManager.getContext();
        StepExecution execution = step == null ? null : step.getStepExecution();
        thread = new Thread(() -> readAhead(execution), "intake-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void readAhead(StepExecution execution) {
        if (execution != null) { // the step's and job's scoped beans (the catalogue...) resolve on this thread too
            StepSynchronizationManager.register(execution);
            JobSynchronizationManager.register(execution.getJobExecution());
        }
        try {
            while (!stopped) {
                WithdrawalRow row = sheets.read();
                if (row == null) {
                    queue.put(new Ahead(null, sheets.position(), null));
                    return;
                }
                IntakeOutcome outcome = assessor.process(row);
                if (outcome != null) {
                    queue.put(new Ahead(outcome, sheets.position(), null));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            try {
                queue.put(new Ahead(null, null, e));
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        } finally {
            if (execution != null) { // unregister only: release() would end the step's scope, which is the step's to do
                JobSynchronizationManager.close();
                StepSynchronizationManager.close();
            }
        }
    }

    @Override
    public IntakeOutcome read() throws Exception {
        if (ended) {
            return null;
        }
        Ahead next = queue.take();
        if (next.failure() != null) {
            ended = true;
            if (next.failure() instanceof Exception e) {
                throw e;
            }
            throw (Error) next.failure();
        }
        taken = next.position();
        if (next.outcome() == null) {
            ended = true;
        }
        return next.outcome();
    }

    @Override
    public void update(ExecutionContext context) {
        WithdrawalSheetReader.save(taken, context);
    }

    @Override
    public void close() {
        stopReading();
        sheets.close();
    }

    private void stopReading() {
        if (thread == null) {
            return;
        }
        stopped = true;
        thread.interrupt();
        queue.clear(); // a reading thread waiting for room can finish
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ItemStreamException("interrupted while stopping the intake's reading thread", e);
        }
        thread = null;
        queue.clear();
    }
}
