package org.refundbatch.ledger;

import java.sql.Date;
import java.time.LocalDate;

import org.refundbatch.policy.RefundState;
import org.springframework.jdbc.core.JdbcTemplate;

/** Adds up the releases, bank feedback and open items of a run, with SQL aggregates. */
public class AfterTheNightQuery {

    /** The source of the events that settle a refund for want of an answer. */
    public static final String SETTLE_DAYS_SOURCE = "refund.settle-days";

    private final JdbcTemplate jdbc;
    private final PaymentRepository payments;
    private final OpenItemQuery openItems;

    public AfterTheNightQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.payments = new PaymentRepository(jdbc);
        this.openItems = new OpenItemQuery(jdbc);
    }

    public AfterTheNight summarize(LocalDate runDate) {
        Date run = Date.valueOf(runDate);
        LedgerRepository.PaymentTotals released = payments.releaseTotals(runDate);
        OpenItemQuery.Totals onHold = openItems.totals(RefundState.ON_HOLD);
        OpenItemQuery.Totals returned = openItems.totals(RefundState.RETURNED);
        return new AfterTheNight(released.count(), released.sum(),
                count("SELECT COUNT(*) FROM bank_feedback_file WHERE run_date = ? AND status = 'APPLIED'", run),
                count("SELECT COUNT(*) FROM bank_feedback_file WHERE run_date = ? AND status <> 'APPLIED'", run),
                count("SELECT COUNT(*) FROM refund_event WHERE run_date = ? AND source_file IN (SELECT file_name"
                        + " FROM bank_feedback_file WHERE run_date = ? AND status = 'APPLIED')", run, run),
                count("SELECT COUNT(*) FROM bank_feedback_reject WHERE run_date = ?", run),
                count("SELECT COUNT(*) FROM refund_event WHERE run_date = ? AND source_file = ?", run,
                        SETTLE_DAYS_SOURCE),
                onHold.count(), onHold.amount(), returned.count(), returned.amount());
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
