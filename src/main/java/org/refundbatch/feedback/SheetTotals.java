package org.refundbatch.feedback;

import java.math.BigDecimal;

import org.refundbatch.policy.Money;
import org.refundbatch.policy.RefundStatus;

/** The figures of one sheet's feedback: rows, refunds, refunds on hold, rejected rows and the total to be paid. */
final class SheetTotals {

    long rows;
    long refunds;
    long onHold;
    long rejected;
    long shown;
    BigDecimal toBePaid = Money.ZERO;
    BigDecimal onHoldAmount = Money.ZERO;

    void add(RowOutcome outcome) {
        rows++;
        if (outcome.rejected()) {
            rejected++;
            return;
        }
        refunds++;
        if (outcome.status() == RefundStatus.PAYABLE) {
            toBePaid = toBePaid.add(outcome.refundAmount());
        } else if (outcome.status() == RefundStatus.ON_HOLD) {
            onHold++;
            onHoldAmount = onHoldAmount.add(outcome.refundAmount());
        }
    }
}
