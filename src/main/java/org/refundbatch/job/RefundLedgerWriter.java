package org.refundbatch.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of outcomes to the ledger in the step's transaction. A refund whose key (student,
 * micro-credential, academic year) was refunded before — in an earlier run, an earlier chunk or earlier in
 * this chunk — becomes a reject naming the run, file and row that refunded it first (DESIGN §1.3). The
 * unique constraint on the key backs this up.
 *
 * <p>A file rejected whole in the chunk ({@link IntakeOutcome.FileRejected}) is taken back first, its rows of
 * this chunk dropped, so the keys its refunds claimed are free for the rows that follow.
 */
public class RefundLedgerWriter implements ItemWriter<IntakeOutcome> {

    private final LedgerRepository ledger;
    private final LocalDate runDate;
    private final DamagedFiles damagedFiles;

    RefundLedgerWriter(LedgerRepository ledger, LocalDate runDate, DamagedFiles damagedFiles) {
        this.ledger = ledger;
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
        Map<String, LedgerRepository.EarlierRefund> earlier = new HashMap<>(ledger.findByKeys(keys));
        List<RefundRecord> refunds = new ArrayList<>();
        List<CreditRecord> credits = new ArrayList<>();
        List<RejectRecord> rejects = new ArrayList<>();
        for (IntakeOutcome outcome : chunk) {
            if (outcome instanceof IntakeOutcome.Rejected rejected) {
                if (!damaged.contains(rejected.reject().fileSeq())) {
                    rejects.add(rejected.reject());
                }
            } else if (outcome instanceof IntakeOutcome.Refunded refunded
                    && !damaged.contains(refunded.refund().fileSeq())) {
                RefundRecord refund = refunded.refund();
                LedgerRepository.EarlierRefund first = earlier.get(refund.refundKey());
                if (first != null) {
                    rejects.add(duplicate(refunded, first));
                } else {
                    earlier.put(refund.refundKey(), new LedgerRepository.EarlierRefund(refund.refundId(),
                            runDate, refund.sourceFile(), refund.sourceRow()));
                    refunds.add(refund);
                    credits.addAll(refunded.creditRecords());
                }
            }
        }
        ledger.insertRefunds(refunds);
        ledger.insertCreditRecords(credits);
        ledger.insertRejects(runDate, rejects);
    }

    private static RejectRecord duplicate(IntakeOutcome.Refunded refunded, LedgerRepository.EarlierRefund first) {
        RefundRecord r = refunded.refund();
        String when = first.runDate().equals(r.runDate()) ? "earlier in this run (" + first.runDate() + ")"
                : "in the run of " + first.runDate();
        return new RejectRecord(r.sourceFile(), r.fileSeq(), r.sourceRow(), "student_id", r.studentId(),
                "already refunded " + when + ": " + r.studentId() + " / " + r.microCredential() + " / "
                        + r.academicYear() + " from " + first.sourceFile() + " row " + first.sourceRow()
                        + " (refund " + first.refundId() + ")", refunded.originalValues());
    }
}
