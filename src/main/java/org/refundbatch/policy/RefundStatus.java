package org.refundbatch.policy;

import java.math.BigDecimal;

/** Whether a refund goes to the bank: {@code PAYABLE}, {@code ON_HOLD} (no IBAN) or {@code NOTHING_DUE}. */
public enum RefundStatus {
    PAYABLE, ON_HOLD, NOTHING_DUE;

    /** The status of a refund of {@code amount} to an account that is known or not. */
    public static RefundStatus of(BigDecimal amount, boolean hasIban) {
        if (amount.signum() == 0) {
            return NOTHING_DUE;
        }
        return hasIban ? PAYABLE : ON_HOLD;
    }
}
