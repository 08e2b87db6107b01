package org.refundbatch.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.refundbatch.ledger.Column;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.KnownRefund;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.Release;
import org.refundbatch.policy.RefundState;
import org.refundbatch.policy.SepaCountries;

/**
 * DESIGN §1.3 and §8: "a key is refunded at most once, ever: a second row with the same key — in the same sheet,
 * another sheet, or a later night — is rejected with the date of the run that already handled it", except that "a
 * later sheet row with the same key as an {@code ON_HOLD} or {@code RETURNED} refund and an IBAN releases it: the
 * refund (same id, same amount, decided on its first night) is paid in that night's bank file with the new
 * account". The night and a check both sort their outcomes with this one rule.
 */
public final class OneRefundPerKey {

    /**
     * A batch of outcomes sorted: the refunds to keep with their credit records, the releases and the rejects;
     * {@code outcomes} holds the refunds and rejects in the order given (a release is in {@code releases} only).
     */
    public record Sorted(List<RefundRecord> refunds, List<CreditRecord> credits, List<RejectRecord> rejects,
                         List<Release> releases, List<IntakeOutcome> outcomes) {
    }

    private OneRefundPerKey() {
    }

    /**
     * Sorts outcomes in row order. A refund whose key is not in {@code known} is kept and added to it; a row of a
     * known key releases that refund when it is still owed and the row gives an account in SEPA, and is otherwise a
     * reject naming the run, file and row that refunded it first.
     *
     * @param known the refunds already made of the batch's keys, by key; updated
     */
    public static Sorted sort(Iterable<? extends IntakeOutcome> batch, Map<String, KnownRefund> known,
                              LocalDate runDate) {
        List<RefundRecord> refunds = new ArrayList<>();
        List<CreditRecord> credits = new ArrayList<>();
        List<RejectRecord> rejects = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        List<IntakeOutcome> outcomes = new ArrayList<>();
        for (IntakeOutcome outcome : batch) {
            if (outcome instanceof IntakeOutcome.Rejected rejected) {
                rejects.add(rejected.reject());
                outcomes.add(rejected);
            } else if (outcome instanceof IntakeOutcome.Refunded refunded) {
                RefundRecord refund = refunded.refund();
                KnownRefund first = known.get(refund.refundKey());
                RejectRecord reject = null;
                if (first == null) {
                    known.put(refund.refundKey(), new KnownRefund(refund.refundId(), runDate, refund.sourceFile(),
                            refund.sourceRow(), refund.refundAmount(), RefundState.decided(refund.status())));
                    refunds.add(refund);
                    credits.addAll(refunded.creditRecords());
                    outcomes.add(refunded);
                } else if (first.state().releasable() && refund.iban() != null
                        && !SepaCountries.includesIbanOf(refund.iban())) {
                    reject = outsideSepa(refunded, first);
                } else if (first.state().releasable() && refund.iban() != null) {
                    releases.add(new Release(first, runDate, refund.iban(), refund.bic(), refund.sourceFile(),
                            refund.fileSeq(), refund.sourceRow()));
                    known.put(refund.refundKey(), first.withState(RefundState.PAYABLE));
                } else {
                    reject = duplicate(refunded, first);
                }
                if (reject != null) {
                    rejects.add(reject);
                    outcomes.add(new IntakeOutcome.Rejected(reject));
                }
            }
        }
        return new Sorted(refunds, credits, rejects, releases, outcomes);
    }

    private static RejectRecord duplicate(IntakeOutcome.Refunded refunded, KnownRefund first) {
        RefundRecord r = refunded.refund();
        String when = first.runDate().equals(r.runDate()) ? "earlier in this run (" + first.runDate() + ")"
                : "in the run of " + first.runDate();
        return new RejectRecord(r.sourceFile(), r.fileSeq(), r.sourceRow(), Column.STUDENT_ID.header(), r.studentId(),
                "already refunded " + when + ": " + r.studentId() + " / " + r.microCredential() + " / "
                        + r.academicYear() + " from " + first.sourceFile() + " row " + first.sourceRow()
                        + " (refund " + first.refundId() + ")" + hint(first.state()), refunded.originalValues());
    }

    /** A row that would release a refund still owed to an account a SEPA bank file cannot carry. */
    private static RejectRecord outsideSepa(IntakeOutcome.Refunded refunded, KnownRefund first) {
        RefundRecord r = refunded.refund();
        return new RejectRecord(r.sourceFile(), r.fileSeq(), r.sourceRow(), Column.IBAN.header(), r.iban(),
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
