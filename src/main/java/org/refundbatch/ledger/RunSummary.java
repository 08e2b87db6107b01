package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.refundbatch.policy.Money;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;

/**
 * The counts and totals of one run, as the ledger holds them (DESIGN §4, run summary).
 *
 * @param rowsRead the data rows the job read, counted by the reader; always {@code refunds + rowsRejected +
 *        afterTheNight.releases}
 * @param filesRead the files the run took from the inbox, those it rejected whole included
 * @param filesRejected files rejected whole: unreadable, refused, or found damaged part-way
 * @param filesWaiting files left in the inbox for the next night: modified less than {@code refund.settle-time}
 *        before the run
 */
public record RunSummary(String runDate, int filesRead, int filesRejected, int filesDuplicate, long rowsRead,
                         long refunds, long rowsRejected, Map<String, Totals> byRule, Map<String, Totals> byStatus,
                         Map<String, Totals> byMicroCredential, BigDecimal totalEntitlement, BigDecimal totalPayable,
                         BigDecimal totalOnHold, List<String> filesWaiting, AfterTheNight afterTheNight) {

    /** Every rule and every status is listed, with zero totals where no refund had it; micro-credentials in code order. */
    public RunSummary {
        Objects.requireNonNull(runDate, "runDate");
        byRule = complete(RefundRule.class, byRule);
        byStatus = complete(RefundStatus.class, byStatus);
        byMicroCredential = Collections.unmodifiableSortedMap(new TreeMap<>(byMicroCredential));
        filesWaiting = List.copyOf(filesWaiting);
    }

    /** A count of refunds with the sum of their entitlements and of their refund amounts. */
    public record Totals(long count, BigDecimal entitlement, BigDecimal refundAmount) {

        public static final Totals NONE = new Totals(0, Money.ZERO, Money.ZERO);

        public Totals {
            if (count < 0) {
                throw new IllegalArgumentException("a count of refunds cannot be negative");
            }
            entitlement = Money.of(Objects.requireNonNullElse(entitlement, Money.ZERO));
            refundAmount = Money.of(Objects.requireNonNullElse(refundAmount, Money.ZERO));
        }

        public Totals plus(Totals other) {
            return new Totals(count + other.count, entitlement.add(other.entitlement),
                    refundAmount.add(other.refundAmount));
        }
    }

    /** All refunds of the run: the sum over the rules. */
    public Totals total() {
        return byRule.values().stream().reduce(Totals.NONE, Totals::plus);
    }

    /** The totals of one status. */
    public Totals of(RefundStatus status) {
        return byStatus.get(status.name());
    }

    /** True when every row read ended as a refund, a reject or a release of an earlier refund. */
    public boolean balanced() {
        return rowsRead == refunds + rowsRejected + afterTheNight.releases();
    }

    private static <K extends Enum<K>> Map<String, Totals> complete(Class<K> keys, Map<String, Totals> given) {
        Map<String, Totals> all = new LinkedHashMap<>();
        for (K key : keys.getEnumConstants()) {
            all.put(key.name(), given.getOrDefault(key.name(), Totals.NONE));
        }
        return Collections.unmodifiableMap(all);
    }
}
