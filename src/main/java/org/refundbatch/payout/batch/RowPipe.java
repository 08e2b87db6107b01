package org.refundbatch.payout.batch;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Rows handed from the thread that reads the ledger to one writer on another thread, a batch at a time, with
 * room for {@value #BATCHES} batches: the reader waits when the writer falls behind, so memory stays bounded
 * whatever the number of rows. The writer reads the pipe as an {@link Iterator}; the reader ends it with
 * {@link #end()} or {@link #fail(Throwable)}. A writer that stops early (it failed, or needs no rows)
 * {@linkplain #abandon() abandons} the pipe, and what the reader sends after that is dropped.
 */
final class RowPipe<T> implements Iterator<T> {

    /** Batches a pipe holds before the reader waits. */
    static final int BATCHES = 32;

    private static final List<Object> END = List.of();

    private final BlockingQueue<List<? extends T>> queue = new ArrayBlockingQueue<>(BATCHES);
    private volatile boolean abandoned;
    private volatile Throwable failure;

    private List<? extends T> batch = List.of();
    private int next;
    private boolean ended;

    // ---- the reader's side

    /** Hands over a batch, waiting while the pipe is full; dropped when the writer abandoned the pipe. */
    void send(List<? extends T> rows) throws InterruptedException {
        if (!rows.isEmpty()) {
            offer(rows);
        }
    }

    /** No more rows. */
    @SuppressWarnings("unchecked")
    void end() throws InterruptedException {
        offer((List<? extends T>) (List<?>) END);
    }

    /** The rows cannot be read: the writer's next read throws. */
    void fail(Throwable cause) {
        failure = cause;
        queue.clear();
        @SuppressWarnings("unchecked")
        List<? extends T> end = (List<? extends T>) (List<?>) END;
        queue.offer(end);
    }

    private void offer(List<? extends T> rows) throws InterruptedException {
        while (!abandoned) {
            if (queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    // ---- the writer's side

    /** The writer takes no more rows: the reader no longer waits for it. */
    void abandon() {
        abandoned = true;
        queue.clear();
    }

    @Override
    public boolean hasNext() {
        while (next == batch.size()) {
            if (ended) {
                return false;
            }
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for ledger rows", e);
            }
            next = 0;
            if ((Object) batch == END) {
                ended = true;
                batch = List.of();
                if (failure != null) {
                    throw new IllegalStateException("the ledger could not be read: " + failure, failure);
                }
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(next++);
    }
}
