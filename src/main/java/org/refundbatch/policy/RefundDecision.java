package org.refundbatch.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a withdrawal is entitled to and what is paid out.
 *
 * @param entitlement the credit granted against the registration fee (the refunded credit lines' sum)
 * @param amountPaid what the student paid, or null when the sheet did not say (the fee counts as paid)
 * @param refundAmount {@code max(0, amountPaid − (registrationFee − entitlement))}
 */
public record RefundDecision(RefundRule rule, CutOffDates cutOffs, BigDecimal registrationFee,
                             BigDecimal entitlement, BigDecimal amountPaid, BigDecimal refundAmount,
                             List<CreditLine> creditLines) {

    public RefundDecision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cutOffs, "cutOffs");
        creditLines = List.copyOf(creditLines);
        BigDecimal credited = creditLines.stream().filter(CreditLine::refunded)
                .map(CreditLine::amount).reduce(Money.ZERO, BigDecimal::add);
        if (credited.compareTo(entitlement) != 0) {
            throw new IllegalArgumentException("refunded credit lines add up to " + credited
                    + ", not to the entitlement " + entitlement);
        }
    }
}
