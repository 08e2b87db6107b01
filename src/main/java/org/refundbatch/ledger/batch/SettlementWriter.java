package org.refundbatch.ledger.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.ledger.PendingRefundRepository;
import org.refundbatch.ledger.RefundRecord;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Settles pending refunds: writes them through {@link RefundLedgerWriter}, which refunds the first row of a key
 * and rejects the later ones, then removes them from {@code pending_refund}, in one transaction. A partition
 * holds every row of its keys and reads them in (file, row) order, so the first row is the one a
 * single-threaded run would have refunded.
 */
public class SettlementWriter implements ItemWriter<IntakeOutcome.Refunded> {

    private final RefundLedgerWriter ledgerWriter;
    private final PendingRefundRepository pending;
    private final LocalDate runDate;

    public SettlementWriter(RefundLedgerWriter ledgerWriter, PendingRefundRepository pending, LocalDate runDate) {
        this.ledgerWriter = ledgerWriter;
        this.pending = pending;
        this.runDate = runDate;
    }

    @Override
    public void write(Chunk<? extends IntakeOutcome.Refunded> chunk) throws Exception {
        ledgerWriter.write(chunk);
        List<RefundRecord> settled = new ArrayList<>(chunk.size());
        for (IntakeOutcome.Refunded refunded : chunk) {
            settled.add(refunded.refund());
        }
        pending.delete(runDate, settled);
    }
}
