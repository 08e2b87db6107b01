package org.refundbatch.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.refundbatch.intake.SepaCountries;
import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.KnownRefund;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.Release;
import org.refundbatch.policy.RefundState;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of outcomes to the ledger in the step's transaction. A row whose key (student,
 * micro-credential, academic year) was refunded before — in an earlier run, an earlier chunk or earlier in
 * this chunk — releases that refund when it is {@code ON_HOLD} or {@code RETURNED} and the row gives an IBAN
 * (DESIGN §8): the refund, with the amount decided the first time, is paid tonight to that account. Any other
 * row of a known key becomes a reject naming the run, file and row that refunded it first (DESIGN §1.3). The
 * unique constraint on the key backs this up.
 *
 * <p>A file rejected whole in the chunk ({@link IntakeOutcome.FileRejected}) is taken back first, its rows of
 * this chunk dropped, so the keys its refunds claimed are free for the rows that follow.
 */
public class RefundLedgerWriter implements ItemWriter<IntakeOutcome> {

    private final LedgerRepository ledger;
    private final RefundEventRepository events;
    private final LocalDate runDate;
    private final DamagedFiles damagedFiles;

    RefundLedgerWriter(LedgerRepository ledger, RefundEventRepository events, LocalDate runDate,
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
        List<RefundRecord> refunds = new ArrayList<>();
        List<CreditRecord> credits = new ArrayList<>();
        List<RejectRecord> rejects = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        for (IntakeOutcome outcome : chunk) {
            if (outcome instanceof IntakeOutcome.Rejected rejected) {
                if (!damaged.contains(rejected.reject().fileSeq())) {
                    rejects.add(rejected.reject());
                }
            } else if (outcome instanceof IntakeOutcome.Refunded refunded
                    && !damaged.contains(refunded.refund().fileSeq())) {
                RefundRecord refund = refunded.refund();
                KnownRefund first = known.get(refund.refundKey());
                if (first == null) {
                    known.put(refund.refundKey(), new KnownRefund(refund.refundId(), runDate, refund.sourceFile(),
                            refund.sourceRow(), refund.refundAmount(), RefundState.decided(refund.status())));
                    refunds.add(refund);
                    credits.addAll(refunded.creditRecords());
                } else if (first.state().releasable() && refund.iban() != null && !SepaCountries.includesIbanOf(refund.iban())) {
                    rejects.add(outsideSepa(refunded, first));
                } else if (first.state().releasable() && refund.iban() != null) {
                    releases.add(new Release(first, runDate, refund.iban(), refund.bic(), refund.sourceFile(),
                            refund.fileSeq(), refund.sourceRow()));
                    known.put(refund.refundKey(), first.withState(RefundState.PAYABLE));
                } else {
                    rejects.add(duplicate(refunded, first));
                }
            }
        }
        events.decide(refunds);
        ledger.insertCreditRecords(credits);
        ledger.insertRejects(runDate, rejects);
        releases.forEach(events::release);
    }

    private static RejectRecord duplicate(IntakeOutcome.Refunded refunded, KnownRefund first) {
        RefundRecord r = refunded.refund();
        String when = first.runDate().equals(r.runDate()) ? "earlier in this run (" + first.runDate() + ")"
                : "in the run of " + first.runDate();
        return new RejectRecord(r.sourceFile(), r.fileSeq(), r.sourceRow(), "student_id", r.studentId(),
                "already refunded " + when + ": " + r.studentId() + " / " + r.microCredential() + " / "
                        + r.academicYear() + " from " + first.sourceFile() + " row " + first.sourceRow()
                        + " (refund " + first.refundId() + ")" + hint(first.state()), refunded.originalValues());
    }

    /** A row that would release a refund still owed to an account a SEPA bank file cannot carry. */
    private static RejectRecord outsideSepa(IntakeOutcome.Refunded refunded, KnownRefund first) {
        RefundRecord r = refunded.refund();
        return new RejectRecord(r.sourceFile(), r.fileSeq(), r.sourceRow(), "iban", r.iban(),
                "refund " + first.refundId() + " (" + r.studentId() + " / " + r.microCredential() + " / "
                        + r.academicYear() + ") is " + first.state() + ", but this account is outside SEPA and"
                        + " cannot be paid by the bank file: pay by other means, or send the row again with an"
                        + " account in a SEPA country", refunded.originalValues());
    }

    /** What the clerk can do with a row of a refund that is still owed. */
    private static String hint(RefundState state) {
        return state.releasable() ? "; it is " + state + ": send the row again with the student's IBAN to pay it"
                : "";
    }
}
