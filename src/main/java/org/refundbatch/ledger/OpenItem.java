package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.refundbatch.policy.OpenItemReason;
import org.refundbatch.policy.RefundState;

/**
 * A refund still owed with no transfer under way, as a run lists it (DESIGN §8, open items).
 *
 * @param decidedOn the night the refund was decided
 * @param ageDays   the run date less {@code decidedOn}, in days
 */
public record OpenItem(String refundId, String studentId, String lastName, String firstName,
                       String microCredential, String academicYear, BigDecimal refundAmount, RefundState state,
                       OpenItemReason reason, LocalDate decidedOn, long ageDays) implements ListedRefund {
}
