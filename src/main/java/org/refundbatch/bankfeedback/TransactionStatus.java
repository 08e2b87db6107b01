package org.refundbatch.bankfeedback;

import java.util.Map;

import org.refundbatch.bankfeedback.BankAnswer.Outcome;

/**
 * What a pain.002 status code (ExternalPaymentTransactionStatus1Code, and the group and payment-block codes)
 * means for a transfer. {@code RJCT} is a rejection; the acceptance codes ({@code ACCP}, {@code ACSC},
 * {@code ACSP}, {@code ACTC}, {@code ACWC}, and {@code ACCC}, {@code ACFC}, {@code ACWP}) accept it;
 * {@code PDNG} and {@code RCVD} decide nothing yet. Any other code ({@code PART}, {@code CANC}, {@code BLCK} …)
 * is not guessed at: the file is reported.
 */
final class TransactionStatus {

    private static final Map<String, Outcome> OUTCOMES = Map.ofEntries(
            Map.entry("RJCT", Outcome.REJECTED),
            Map.entry("ACCP", Outcome.ACCEPTED), Map.entry("ACSC", Outcome.ACCEPTED),
            Map.entry("ACSP", Outcome.ACCEPTED), Map.entry("ACTC", Outcome.ACCEPTED),
            Map.entry("ACWC", Outcome.ACCEPTED), Map.entry("ACCC", Outcome.ACCEPTED),
            Map.entry("ACFC", Outcome.ACCEPTED), Map.entry("ACWP", Outcome.ACCEPTED),
            Map.entry("PDNG", Outcome.PENDING), Map.entry("RCVD", Outcome.PENDING));

    private TransactionStatus() {
    }

    /** The outcome of a status code, or null for a code this program does not read. */
    static Outcome outcome(String code) {
        return code == null ? null : OUTCOMES.get(code);
    }
}
