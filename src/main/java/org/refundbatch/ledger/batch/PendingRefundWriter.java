package org.refundbatch.ledger.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.PendingRefund;
import org.refundbatch.ledger.PendingRefundRepository;
import org.refundbatch.ledger.RejectRecord;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The writer of one sheet's partition of the intake: rejects go to the ledger, refunds wait in
 * {@code pending_refund} until {@link SettlementWriter} settles them key by key. The partitions of other
 * sheets may hold the same key at the same time, so none of them decides which row of a key is refunded.
 */
public class PendingRefundWriter implements ItemWriter<IntakeOutcome> {

    private final LedgerRepository ledger;
    private final PendingRefundRepository pending;
    private final LocalDate runDate;
    private final DamagedFiles damagedFiles;

    public PendingRefundWriter(LedgerRepository ledger, PendingRefundRepository pending, LocalDate runDate,
                        DamagedFiles damagedFiles) {
        this.ledger = ledger;
        this.pending = pending;
        this.runDate = runDate;
        this.damagedFiles = damagedFiles;
    }

    /** A partition reads one sheet: when it is rejected whole, nothing of this chunk is kept either. */
    @Override
    public void write(Chunk<? extends IntakeOutcome> chunk) {
        for (IntakeOutcome outcome : chunk) {
            if (outcome instanceof IntakeOutcome.FileRejected file) {
                damagedFiles.reject(file);
                return;
            }
        }
        List<PendingRefund> refunds = new ArrayList<>();
        List<RejectRecord> rejects = new ArrayList<>();
        for (IntakeOutcome outcome : chunk) {
            if (outcome instanceof IntakeOutcome.Refunded refunded) {
                refunds.add(new PendingRefund(refunded.refund(), refunded.creditRecords(), refunded.originalValues()));
            } else if (outcome instanceof IntakeOutcome.Rejected rejected) {
                rejects.add(rejected.reject());
            }
        }
        pending.insert(runDate, refunds);
        ledger.insertRejects(runDate, rejects);
    }
}
