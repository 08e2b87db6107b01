package org.refundbatch.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.refundbatch.policy.Money;
import org.refundbatch.policy.OpenItemReason;
import org.refundbatch.policy.RefundState;
import org.springframework.jdbc.core.JdbcTemplate;

/** The open items across all nights: refunds {@code ON_HOLD} or {@code RETURNED}, oldest first. */
public class OpenItemQuery {

    /** Refunds per query. */
    static final int PAGE_ROWS = 5_000;

    private final JdbcTemplate jdbc;

    public OpenItemQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many open items of a state and how much they owe. */
    public record Totals(long count, BigDecimal amount) {
    }

    /** The open items in refund id order (night decided, file, row), read a page at a time. */
    public Stream<OpenItem> openItems(LocalDate runDate) {
        Iterator<OpenItem> rows = new Iterator<>() {
            private String after = "";
            private boolean last;
            private Iterator<OpenItem> page = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !last) {
                    List<OpenItem> items = page(runDate, after);
                    last = items.size() < PAGE_ROWS;
                    if (!items.isEmpty()) {
                        after = items.get(items.size() - 1).refundId();
                    }
                    page = items.iterator();
                }
                return page.hasNext();
            }

            @Override
            public OpenItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    private List<OpenItem> page(LocalDate runDate, String after) {
        return jdbc.query("SELECT r.refund_id, r.student_id, r.last_name, r.first_name, r.micro_credential,"
                + " r.academic_year, r.refund_amount, r.state, e.reason_code, e.reason_text, r.run_date, r.hold_reason"
                + " FROM refund r JOIN refund_event e ON e.refund_id = r.refund_id AND e.event_seq ="
                + " (SELECT MAX(x.event_seq) FROM refund_event x WHERE x.refund_id = r.refund_id)"
                + " WHERE r.state IN ('ON_HOLD', 'RETURNED') AND r.refund_id > ? ORDER BY r.refund_id"
                + " FETCH FIRST " + PAGE_ROWS + " ROWS ONLY", (rs, n) -> {
                    RefundState state = RefundState.valueOf(rs.getString(8));
                    LocalDate decided = rs.getDate(11).toLocalDate();
                    return new OpenItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBigDecimal(7), state,
                            OpenItemReason.of(state, rs.getString(12), rs.getString(9), rs.getString(10)), decided,
                            ChronoUnit.DAYS.between(decided, runDate));
                }, after);
    }

    /** The count and sum of the open items in one state. */
    public Totals totals(RefundState state) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(refund_amount), 0) FROM refund WHERE state = ?",
                (rs, n) -> new Totals(rs.getLong(1), Money.of(rs.getBigDecimal(2))), state.name());
    }
}
