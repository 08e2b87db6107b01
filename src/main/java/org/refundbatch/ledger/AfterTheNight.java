package org.refundbatch.ledger;

import java.math.BigDecimal;

/**
 * What a run did to the refunds of earlier nights, and what is still owed (DESIGN §8): the part of the run
 * summary after the night's own refunds.
 *
 * @param releases          rows that released an {@code ON_HOLD} or {@code RETURNED} refund to a new account
 * @param totalReleased     the amount those releases pay
 * @param bankFilesApplied  bank feedback files read and applied
 * @param bankFilesRefused  bank feedback files read before or unreadable
 * @param bankAnswersApplied changes of state the bank's answers made
 * @param bankFeedbackRejects answers and files reported in {@code bank-feedback-rejects-<runDate>.csv}
 * @param settledByAge      refunds {@code SENT} longer than {@code refund.settle-days} without an answer, settled
 */
public record AfterTheNight(long releases, BigDecimal totalReleased, long bankFilesApplied, long bankFilesRefused,
                            long bankAnswersApplied, long bankFeedbackRejects, long settledByAge,
                            long openOnHold, BigDecimal totalOpenOnHold, long openReturned,
                            BigDecimal totalOpenReturned) {

    public long openItems() {
        return openOnHold + openReturned;
    }

    public BigDecimal totalOpen() {
        return totalOpenOnHold.add(totalOpenReturned);
    }
}
