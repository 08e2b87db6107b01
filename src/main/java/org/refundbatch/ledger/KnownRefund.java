package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.refundbatch.policy.RefundState;

/** A refund already in the ledger for a key: where it was decided, its amount and where it stands now. */
public record KnownRefund(String refundId, LocalDate runDate, String sourceFile, int sourceRow,
                          BigDecimal refundAmount, RefundState state) {

    public KnownRefund withState(RefundState next) {
        return new KnownRefund(refundId, runDate, sourceFile, sourceRow, refundAmount, next);
    }
}
