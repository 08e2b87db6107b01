package org.refundbatch.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;

/**
 * The counts and totals of a run for the Summary sheet of the finance workbook, aggregated by the caller (SQL)
 * so the workbook is written without a second pass over the refunds.
 *
 * @param filesRead withdrawal sheets taken from the inbox
 * @param filesRejected sheets that could not be read at all
 * @param rowsRead data rows read: refunds (any rule) plus rows rejected
 * @param rowsRejected rows that could not be refunded
 * @param perRule every rule, with zero totals for a rule no refund had
 * @param perStatus every status, with zero totals for a status no refund had
 * @param perMicroCredential by micro-credential code, in code order
 */
public record ReportSummary(LocalDate runDate, long filesRead, long filesRejected, long rowsRead, long rowsRejected,
                            Map<RefundRule, Totals> perRule, Map<RefundStatus, Totals> perStatus,
                            Map<String, Totals> perMicroCredential) {

    public ReportSummary {
        Objects.requireNonNull(runDate, "runDate");
        if (filesRead < 0 || filesRejected < 0 || rowsRead < 0 || rowsRejected < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        perRule = complete(RefundRule.class, perRule);
        perStatus = complete(RefundStatus.class, perStatus);
        perMicroCredential = Collections.unmodifiableSortedMap(
                new TreeMap<>(perMicroCredential == null ? Map.of() : perMicroCredential));
    }

    /** The number of refunds and their amounts, for one rule, status or micro-credential. */
    public record Totals(long refunds, BigDecimal entitlement, BigDecimal refundAmount) {

        public static final Totals NONE = new Totals(0, BigDecimal.ZERO, BigDecimal.ZERO);

        public Totals {
            if (refunds < 0) {
                throw new IllegalArgumentException("refunds cannot be negative");
            }
            entitlement = Objects.requireNonNullElse(entitlement, BigDecimal.ZERO).setScale(2);
            refundAmount = Objects.requireNonNullElse(refundAmount, BigDecimal.ZERO).setScale(2);
        }

        Totals plus(Totals other) {
            return new Totals(refunds + other.refunds, entitlement.add(other.entitlement),
                    refundAmount.add(other.refundAmount));
        }
    }

    /** All refunds of the run: the sum over the rules. */
    public Totals total() {
        return perRule.values().stream().reduce(Totals.NONE, Totals::plus);
    }

    private static <K extends Enum<K>> Map<K, Totals> complete(Class<K> keys, Map<K, Totals> given) {
        EnumMap<K, Totals> all = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            all.put(key, given == null ? Totals.NONE : given.getOrDefault(key, Totals.NONE));
        }
        return Collections.unmodifiableMap(all);
    }
}
