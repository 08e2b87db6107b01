package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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

    public RunSummary {
        filesWaiting = List.copyOf(filesWaiting);
    }

    /** A count of refunds with the sum of their entitlements and of their refund amounts. */
    public record Totals(long count, BigDecimal entitlement, BigDecimal refundAmount) {
    }

    /** True when every row read ended as a refund, a reject or a release of an earlier refund. */
    public boolean balanced() {
        return rowsRead == refunds + rowsRejected + afterTheNight.releases();
    }
}
