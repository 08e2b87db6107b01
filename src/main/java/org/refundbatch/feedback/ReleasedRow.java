package org.refundbatch.feedback;

import java.math.BigDecimal;

import org.refundbatch.policy.RefundStatus;

/**
 * A row that released a refund on hold or returned (DESIGN §8): it shows the refund it pays, with the amount
 * decided on the refund's first night.
 */
public record ReleasedRow(int fileSeq, int sourceRow, String refundId, String rule, BigDecimal amount) {

    RowOutcome outcome() {
        return new RowOutcome(refundId, rule, amount, RefundStatus.PAYABLE, null, null);
    }
}
