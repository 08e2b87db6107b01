package org.refundbatch.ledger;

import java.math.BigDecimal;

import org.refundbatch.policy.CreditStatus;

/**
 * One line of the {@code credit_record} table: a course unit of a refund, or its {@code FIXED_FEE} line.
 *
 * @param semester {@code 1}, {@code 2} or {@code J}; null on the fixed-fee line
 */
public record CreditRecord(String refundId, int lineNo, String studentId, String microCredential,
                           String academicYear, String courseUnit, String courseUnitName, String semester,
                           BigDecimal credits, BigDecimal tuitionPerCredit, BigDecimal amount,
                           CreditStatus creditStatus) {
}
