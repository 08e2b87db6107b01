package org.refundbatch.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the group header of a bank file says before its transactions: the message id and the totals, which the
 * caller computes with an aggregate over the payable refunds and the writer checks while it streams them.
 *
 * @param messageId unique per run, at most 35 characters of the SEPA set
 * @param requestedExecutionDate the day the bank is asked to pay
 * @param numberOfTransactions {@code NbOfTxs}: how many payable refunds follow
 * @param controlSum {@code CtrlSum}: the sum of their amounts, in euro with at most two decimals
 */
public record Pain001Header(String messageId, LocalDate requestedExecutionDate, long numberOfTransactions,
                            BigDecimal controlSum) {

    public Pain001Header {
        SepaText.requireIdentifier(messageId, "message id");
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        Objects.requireNonNull(controlSum, "controlSum");
        if (numberOfTransactions < 0 || controlSum.signum() < 0) {
            throw new IllegalArgumentException("the number of transactions (" + numberOfTransactions
                    + ") and control sum (" + controlSum + ") cannot be negative");
        }
        if (controlSum.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("control sum " + controlSum + " has more than two decimals");
        }
        controlSum = controlSum.setScale(2);
    }
}
