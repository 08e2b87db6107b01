package org.refundbatch.feedback;

import java.math.BigDecimal;

import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.policy.RefundStatus;

/**
 * What became of one row of a sheet: a refund, with its id, rule, amount and status, or a reject, with the column
 * at fault (null for the whole row) and the reason.
 */
public record RowOutcome(String refundId, String rule, BigDecimal refundAmount, RefundStatus status,
                         String rejectColumn, String reason) {

    public static RowOutcome of(RefundRecord refund) {
        return new RowOutcome(refund.refundId(), refund.rule().name(), refund.refundAmount(), refund.status(), null,
                null);
    }

    public static RowOutcome of(RejectRecord reject) {
        return new RowOutcome(null, null, null, null, reject.column(), reject.reason());
    }

    public boolean rejected() {
        return reason != null;
    }
}
