package org.refundbatch.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.LedgerRepository.EarlierRefund;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;

/**
 * DESIGN §1.3: "a key is refunded at most once, ever: a second row with the same key — in the same sheet, another
 * sheet, or a later night — is rejected with the date of the run that already handled it". The night and a check
 * both sort their outcomes with this one rule.
 */
public final class OneRefundPerKey {

    /** A batch of outcomes sorted: the refunds to keep with their credit records, and the rejects. */
    public record Sorted(List<RefundRecord> refunds, List<CreditRecord> credits, List<RejectRecord> rejects,
                         List<IntakeOutcome> outcomes) {
    }

    private OneRefundPerKey() {
    }

    /**
     * Sorts outcomes in row order. A refund whose key is in {@code earlier} becomes a reject naming the run, file and
     * row that refunded it first; any other refund is kept and added to {@code earlier}, so a later row of the same
     * key is a duplicate too.
     *
     * @param earlier the refunds already made of the batch's keys, by key; updated
     * @return the sorted batch, with {@code outcomes} in the order given, duplicates turned into rejects
     */
    public static Sorted sort(Iterable<? extends IntakeOutcome> batch, Map<String, EarlierRefund> earlier,
                              LocalDate runDate) {
        List<RefundRecord> refunds = new ArrayList<>();
        List<CreditRecord> credits = new ArrayList<>();
        List<RejectRecord> rejects = new ArrayList<>();
        List<IntakeOutcome> outcomes = new ArrayList<>();
        for (IntakeOutcome outcome : batch) {
            if (outcome instanceof IntakeOutcome.Rejected rejected) {
                rejects.add(rejected.reject());
                outcomes.add(rejected);
            } else if (outcome instanceof IntakeOutcome.Refunded refunded) {
                RefundRecord refund = refunded.refund();
                EarlierRefund first = earlier.get(refund.refundKey());
                if (first != null) {
                    RejectRecord duplicate = duplicate(refunded, first);
                    rejects.add(duplicate);
                    outcomes.add(new IntakeOutcome.Rejected(duplicate));
                } else {
                    earlier.put(refund.refundKey(), new EarlierRefund(refund.refundId(), runDate, refund.sourceFile(),
                            refund.sourceRow()));
                    refunds.add(refund);
                    credits.addAll(refunded.creditRecords());
                    outcomes.add(refunded);
                }
            }
        }
        return new Sorted(refunds, credits, rejects, outcomes);
    }

    private static RejectRecord duplicate(IntakeOutcome.Refunded refunded, EarlierRefund first) {
        RefundRecord r = refunded.refund();
        String when = first.runDate().equals(r.runDate()) ? "earlier in this run (" + first.runDate() + ")"
                : "in the run of " + first.runDate();
        return new RejectRecord(r.sourceFile(), r.fileSeq(), r.sourceRow(), "student_id", r.studentId(),
                "already refunded " + when + ": " + r.studentId() + " / " + r.microCredential() + " / "
                        + r.academicYear() + " from " + first.sourceFile() + " row " + first.sourceRow()
                        + " (refund " + first.refundId() + ")", refunded.originalValues());
    }
}
