package org.refundbatch.job;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.OneRefundPerKey;
import org.refundbatch.ledger.LedgerRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of outcomes to the ledger in the step's transaction. A refund whose key (student,
 * micro-credential, academic year) was refunded before — in an earlier run, an earlier chunk or earlier in
 * this chunk — becomes a reject naming the run, file and row that refunded it first ({@link OneRefundPerKey}).
 * The unique constraint on the key backs this up.
 */
public class RefundLedgerWriter implements ItemWriter<IntakeOutcome> {

    private final LedgerRepository ledger;
    private final LocalDate runDate;

    public RefundLedgerWriter(LedgerRepository ledger, LocalDate runDate) {
        this.ledger = ledger;
        this.runDate = runDate;
    }

    @Override
    public void write(Chunk<? extends IntakeOutcome> chunk) {
        Set<String> keys = new LinkedHashSet<>();
        for (IntakeOutcome outcome : chunk) {
            if (outcome instanceof IntakeOutcome.Refunded refunded) {
                keys.add(refunded.refund().refundKey());
            }
        }
        Map<String, LedgerRepository.EarlierRefund> earlier = new HashMap<>(ledger.findByKeys(keys));
        OneRefundPerKey.Sorted sorted = OneRefundPerKey.sort(chunk, earlier, runDate);
        ledger.insertRefunds(sorted.refunds());
        ledger.insertCreditRecords(sorted.credits());
        ledger.insertRejects(runDate, sorted.rejects());
    }
}
