package org.refundbatch.job;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.refundbatch.ledger.RunSummary;
import org.refundbatch.payout.ReportSummary;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;

/** The ledger's run summary, as the finance workbook's Summary sheet takes it. */
final class ReportSummaries {

    private ReportSummaries() {
    }

    static ReportSummary of(RunSummary s) {
        Map<RefundRule, ReportSummary.Totals> rules = new EnumMap<>(RefundRule.class);
        s.byRule().forEach((rule, t) -> rules.put(RefundRule.valueOf(rule), totals(t)));
        Map<RefundStatus, ReportSummary.Totals> statuses = new EnumMap<>(RefundStatus.class);
        s.byStatus().forEach((status, t) -> statuses.put(RefundStatus.valueOf(status), totals(t)));
        Map<String, ReportSummary.Totals> microCredentials = new LinkedHashMap<>();
        s.byMicroCredential().forEach((code, t) -> microCredentials.put(code, totals(t)));
        return new ReportSummary(LocalDate.parse(s.runDate()), s.filesRead(), s.filesRejected() + s.filesDuplicate(),
                s.rowsRead(), s.rowsRejected(), rules, statuses, microCredentials);
    }

    private static ReportSummary.Totals totals(RunSummary.Totals t) {
        return new ReportSummary.Totals(t.count(), t.entitlement(), t.refundAmount());
    }
}
