package org.refundbatch.ledger;

import java.time.LocalDate;
import java.util.Objects;

import org.refundbatch.policy.RefundState;

/**
 * One change of a refund's state: one row of {@code refund_event}.
 *
 * @param seq        1 for the decision, then one more per change
 * @param from       null for the decision
 * @param sourceFile the sheet of the row, the bank file written, or the bank feedback file read
 * @param sourceRow  the sheet's row, null when the source is not a sheet
 * @param iban       the account of the payment attempt the event concerns, or null
 */
public record RefundEvent(String refundId, int seq, RefundState from, RefundState to, LocalDate runDate,
                          String sourceFile, Integer sourceRow, String reasonCode, String reasonText, String iban) {

    public RefundEvent {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }
}
