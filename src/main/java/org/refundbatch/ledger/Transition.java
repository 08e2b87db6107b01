package org.refundbatch.ledger;

import java.time.LocalDate;
import java.util.Objects;

import org.refundbatch.policy.RefundState;

/** A change of state to record: from where the refund stands to where the event takes it, and why. */
public record Transition(String refundId, RefundState from, RefundState to, LocalDate runDate, String sourceFile,
                         Integer sourceRow, String reasonCode, String reasonText, String iban) {

    public Transition {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(sourceFile, "sourceFile");
        from.requireMoveTo(to, refundId);
    }
}
