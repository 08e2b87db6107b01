package org.refundbatch.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euro amounts: two decimals, rounded HALF_UP, as the university's fee rules say. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** The amount rounded HALF_UP to cents. */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
