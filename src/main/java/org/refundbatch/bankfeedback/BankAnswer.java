package org.refundbatch.bankfeedback;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the bank said of one credit transfer, as read from a status report (pain.002) or a debit
 * notification (camt.054), to be matched to a refund by its EndToEndId.
 *
 * @param endToEndId the transfer's EndToEndId as the bank gives it back (the refund id)
 * @param outcome    what became of the transfer
 * @param reasonCode the ISO 20022 reason code (e.g. {@code AC04}), null when the bank gave none
 * @param reasonText the code's meaning in words, with the bank's additional information, null without a code
 * @param amount     the amount the bank names for the transfer, null when the file does not carry one
 */
public record BankAnswer(String endToEndId, Outcome outcome, String reasonCode, String reasonText,
                         BigDecimal amount) {

    /** What became of a transfer. */
    public enum Outcome {
        /** Accepted or booked by the bank: the money left the university's account. */
        ACCEPTED,
        /** Not executed: the bank refused the transfer (pain.002 {@code RJCT}). */
        REJECTED,
        /** Executed, then sent back by the beneficiary's bank (a return, camt.054 {@code RtrInf}). */
        RETURNED,
        /** Received, not yet decided (pain.002 {@code PDNG}): changes nothing. */
        PENDING
    }

    public BankAnswer {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
