package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One attempt to pay a refund: one row of {@code payment}. */
public record PaymentAttempt(String refundId, int attemptNo, LocalDate runDate, String iban, BigDecimal amount,
                             String endToEndId) {
}
