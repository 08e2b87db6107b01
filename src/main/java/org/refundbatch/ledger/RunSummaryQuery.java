package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.refundbatch.policy.Money;
import org.refundbatch.policy.RefundStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds up a run from the ledger, with SQL aggregates (nothing held per row): one pass over the run's refunds,
 * grouped by rule, status and micro-credential at once, folded into the three breakdowns here.
 */
public class RunSummaryQuery {

    private final JdbcTemplate jdbc;

    public RunSummaryQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param rowsRead the data rows the reader read, from the job repository
     */
    public RunSummary summarize(LocalDate runDate, long rowsRead) {
        Date run = Date.valueOf(runDate);
        Map<String, Integer> files = new LinkedHashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM staged_file WHERE run_date = ? GROUP BY status",
                rs -> {
                    files.put(rs.getString(1), rs.getInt(2));
                }, run);
        int filesWaiting = files.getOrDefault(StagedFileRepository.Status.WAITING.name(), 0);
        int filesRead = files.values().stream().mapToInt(Integer::intValue).sum() - filesWaiting;
        List<String> waiting = jdbc.queryForList("SELECT file_name FROM staged_file WHERE run_date = ? AND status = ?"
                + " ORDER BY file_seq", String.class, run, StagedFileRepository.Status.WAITING.name());
        long rowRejects = count("SELECT COUNT(*) FROM reject WHERE run_date = ? AND source_row > 0", run);
        Map<String, RunSummary.Totals> byRule = new TreeMap<>();
        Map<String, RunSummary.Totals> byStatus = new TreeMap<>();
        Map<String, RunSummary.Totals> byMc = new TreeMap<>();
        jdbc.query("SELECT rule_code, status, micro_credential, COUNT(*), SUM(entitlement), SUM(refund_amount)"
                + " FROM refund WHERE run_date = ? GROUP BY rule_code, status, micro_credential", rs -> {
                    RunSummary.Totals totals = new RunSummary.Totals(rs.getLong(4), Money.of(rs.getBigDecimal(5)),
                            Money.of(rs.getBigDecimal(6)));
                    byRule.merge(rs.getString(1), totals, RunSummary.Totals::plus);
                    byStatus.merge(rs.getString(2), totals, RunSummary.Totals::plus);
                    byMc.merge(rs.getString(3), totals, RunSummary.Totals::plus);
                }, run);
        long refunds = byRule.values().stream().mapToLong(RunSummary.Totals::count).sum();
        BigDecimal entitlement = byRule.values().stream().map(RunSummary.Totals::entitlement)
                .reduce(Money.ZERO, BigDecimal::add);
        return new RunSummary(runDate.toString(), filesRead, files.getOrDefault("REJECTED", 0)
                + files.getOrDefault(StagedFileRepository.Status.DAMAGED.name(), 0),
                files.getOrDefault("DUPLICATE", 0), rowsRead, refunds, rowRejects, byRule, byStatus, byMc, entitlement,
                byStatus.getOrDefault(RefundStatus.PAYABLE.name(), RunSummary.Totals.NONE).refundAmount(),
                byStatus.getOrDefault(RefundStatus.ON_HOLD.name(), RunSummary.Totals.NONE).refundAmount(), waiting,
                new AfterTheNightQuery(jdbc).summarize(runDate));
    }

    private long count(String sql, Date run) {
        Long n = jdbc.queryForObject(sql, Long.class, run);
        return n == null ? 0 : n;
    }
}
