package org.refundbatch.ledger.batch;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.ledger.PendingRefund;
import org.refundbatch.ledger.PendingRefundRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one key range's pending refunds in settling order (key bucket, sheet, row), a page at a time. Its
 * position is the last refund it handed out, saved at each chunk: a restart goes on just after the last
 * refund settled. Settled refunds are deleted, so a position counted in items would be wrong.
 */
public class PendingRefundReader implements ItemStreamReader<IntakeOutcome.Refunded> {

    private static final String LAST_SEQ_KEY = "pendingRefunds.lastSettleSeq";

    private final PendingRefundRepository pending;
    private final LocalDate runDate;
    private final long toSeq;
    private final int pageSize;
    private final Deque<PendingRefund> page = new ArrayDeque<>();
    private long lastSeq;
    private boolean exhausted;

    /** Reads the refunds with {@code fromSeq <= settle_seq < toSeq}. */
    public PendingRefundReader(PendingRefundRepository pending, LocalDate runDate, long fromSeq, long toSeq, int pageSize) {
        this.pending = pending;
        this.runDate = runDate;
        this.toSeq = toSeq;
        this.pageSize = pageSize;
        this.lastSeq = fromSeq - 1;
    }

    @Override
    public void open(ExecutionContext context) {
        lastSeq = context.getLong(LAST_SEQ_KEY, lastSeq);
        page.clear();
        exhausted = false;
    }

    @Override
    public IntakeOutcome.Refunded read() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(pending.next(runDate, lastSeq, toSeq, pageSize));
            exhausted = page.size() < pageSize;
        }
        PendingRefund next = page.poll();
        if (next == null) {
            return null;
        }
        lastSeq = next.settleSeq();
        return new IntakeOutcome.Refunded(next.refund(), next.creditRecords(), next.originalValues());
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST_SEQ_KEY, lastSeq);
    }
}
