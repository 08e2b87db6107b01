package org.refundbatch.ledger.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.OneRefundPerKey;
import org.refundbatch.ledger.KnownRefund;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of outcomes to the ledger in the step's transaction. A row whose key (student,
 * micro-credential, academic year) was refunded before — in an earlier run, an earlier chunk or earlier in
 * this chunk — releases that refund when it is {@code ON_HOLD} or {@code RETURNED} and the row gives an IBAN
 * (DESIGN §8), and is otherwise a reject naming the run, file and row that refunded it first (DESIGN §1.3); the
 * rule is {@link OneRefundPerKey}'s. The unique constraint on the key backs this up.
 *
 * <p>A file rejected whole in the chunk ({@link IntakeOutcome.FileRejected}) is taken back first, its rows of
 * this chunk dropped, so the keys its refunds claimed are free for the rows that follow.
 */
public class RefundLedgerWriter implements ItemWriter<IntakeOutcome> {

    private final LedgerRepository ledger;
    private final RefundEventRepository events;
    private final LocalDate runDate;
    private final DamagedFiles damagedFiles;

    public RefundLedgerWriter(LedgerRepository ledger, RefundEventRepository events, LocalDate runDate,
                       DamagedFiles damagedFiles) {
        this.ledger = ledger;
        this.events = events;
        this.runDate = runDate;
        this.damagedFiles = damagedFiles;
    }

    @Override
    public void write(Chunk<? extends IntakeOutcome> chunk) {
        Set<Integer> damaged = new HashSet<>();
        for (IntakeOutcome outcome : chunk) {
            if (outcome instanceof IntakeOutcome.FileRejected file) {
                damagedFiles.reject(file);
                damaged.add(file.fileSeq());
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (IntakeOutcome outcome : chunk) {
            if (outcome instanceof IntakeOutcome.Refunded refunded && !damaged.contains(refunded.refund().fileSeq())) {
                keys.add(refunded.refund().refundKey());
            }
        }
        Map<String, KnownRefund> known = new HashMap<>(events.findByKeys(keys));
        List<IntakeOutcome> kept = new ArrayList<>(chunk.size());
        for (IntakeOutcome outcome : chunk) {
            if (outcome instanceof IntakeOutcome.Rejected rejected && !damaged.contains(rejected.reject().fileSeq())
                    || outcome instanceof IntakeOutcome.Refunded refunded
                    && !damaged.contains(refunded.refund().fileSeq())) {
                kept.add(outcome);
            }
        }
        OneRefundPerKey.Sorted sorted = OneRefundPerKey.sort(kept, known, runDate);
        events.decide(sorted.refunds());
        ledger.insertCreditRecords(sorted.credits());
        ledger.insertRejects(runDate, sorted.rejects());
        sorted.releases().forEach(events::release);
    }
}
