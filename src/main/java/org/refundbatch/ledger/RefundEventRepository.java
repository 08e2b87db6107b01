package org.refundbatch.ledger;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.refundbatch.policy.PaymentReference;
import org.refundbatch.policy.RefundState;
import org.refundbatch.policy.RefundStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every change of a refund's state, written with its event row in one method, so the state of a refund is always
 * the to-state of its last event (DESIGN §8). Plain SQL that HSQLDB and PostgreSQL both run.
 */
public class RefundEventRepository {

    private static final String EVENT_COLUMNS = "refund_id, event_seq, from_state, to_state, run_date, source_file,"
            + " source_row, reason_code, reason_text, iban";

    private final JdbcTemplate jdbc;
    private final LedgerRepository ledger;

    public RefundEventRepository(JdbcTemplate jdbc, LedgerRepository ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * The refunds already in the ledger for any of these keys, with where they stand: one query, planned with its
     * keys each time (see {@link PlannedEachTime}).
     */
    public Map<String, KnownRefund> findByKeys(Collection<String> keys) {
        Map<String, KnownRefund> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        String sql = "SELECT refund_key, refund_id, run_date, source_file, source_row, refund_amount, state FROM refund"
                + " WHERE refund_key IN (" + String.join(",", Collections.nCopies(keys.size(), "?")) + ")";
        jdbc.query(connection -> {
            PreparedStatement ps = PlannedEachTime.prepare(connection, sql);
            int i = 1;
            for (String key : keys) {
                ps.setString(i++, key);
            }
            return ps;
        }, (ResultSet rs) -> {
            found.put(rs.getString(1), new KnownRefund(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                    rs.getInt(5), rs.getBigDecimal(6), RefundState.valueOf(rs.getString(7))));
        });
        return found;
    }

    /**
     * Records newly decided refunds: the refund rows in the state they were decided with, their decision events
     * and, for those payable, their first payment attempt.
     */
    public void decide(List<RefundRecord> refunds) {
        ledger.insertRefunds(refunds);
        List<RefundEvent> events = new ArrayList<>(refunds.size());
        List<RefundRecord> payable = new ArrayList<>();
        for (RefundRecord r : refunds) {
            events.add(new RefundEvent(r.refundId(), 1, null, RefundState.decided(r.status()), r.runDate(),
                    r.sourceFile(), r.sourceRow(), null, null, r.iban()));
            if (r.status() == RefundStatus.PAYABLE) {
                payable.add(r);
            }
        }
        insertEvents(events);
        jdbc.batchUpdate("INSERT INTO payment (refund_id, attempt_no, run_date, origin, iban, bic, amount,"
                + " end_to_end_id, source_file, file_seq, source_row) VALUES (?,1,?,'DECIDED',?,?,?,?,?,?,?)",
                payable, payable.size(), (ps, r) -> {
                    ps.setString(1, r.refundId());
                    ps.setDate(2, Date.valueOf(r.runDate()));
                    ps.setString(3, r.iban());
                    ps.setString(4, r.bic());
                    ps.setBigDecimal(5, r.refundAmount());
                    ps.setString(6, PaymentReference.endToEndId(r.refundId(), 1));
                    ps.setString(7, r.sourceFile());
                    ps.setInt(8, r.fileSeq());
                    ps.setInt(9, r.sourceRow());
                });
    }

    /**
     * Pays an {@code ON_HOLD} or {@code RETURNED} refund again, to the release's account, in the release's
     * night: a new payment attempt with its own EndToEndId, and the move to {@code PAYABLE}.
     */
    public void release(Release release) {
        KnownRefund refund = release.refund();
        Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(attempt_no), 0) FROM payment WHERE refund_id = ?",
                Integer.class, refund.refundId());
        int attempt = (last == null ? 0 : last) + 1;
        jdbc.update("INSERT INTO payment (refund_id, attempt_no, run_date, origin, iban, bic, amount, end_to_end_id,"
                + " source_file, file_seq, source_row) VALUES (?,?,?,'RELEASED',?,?,?,?,?,?,?)", refund.refundId(),
                attempt, Date.valueOf(release.runDate()), release.iban(), release.bic(), refund.refundAmount(),
                PaymentReference.endToEndId(refund.refundId(), attempt), release.sourceFile(), release.fileSeq(),
                release.sourceRow());
        move(new Transition(refund.refundId(), refund.state(), RefundState.PAYABLE, release.runDate(),
                release.sourceFile(), release.sourceRow(), null, null, release.iban()));
    }

    /**
     * Takes back what the run wrote for one file of its sheets, found damaged further down (DESIGN §7): a refund
     * of an earlier night that one of the file's rows released goes back to the state it was released from,
     * without the release's payment and event; the file's own refunds lose their events and payments, then the
     * ledger takes back the refunds, credit records and rejects ({@link LedgerRepository#takeBackFile}). The file
     * reads as never read.
     */
    public void takeBackFile(LocalDate runDate, int fileSeq) {
        Date run = Date.valueOf(runDate);
        List<Object[]> released = jdbc.query("SELECT p.refund_id, e.event_seq, e.from_state FROM payment p"
                + " JOIN refund_event e ON e.refund_id = p.refund_id AND e.run_date = p.run_date"
                + " AND e.source_file = p.source_file AND e.source_row = p.source_row AND e.to_state = 'PAYABLE'"
                + " WHERE p.run_date = ? AND p.file_seq = ? AND p.origin = 'RELEASED'",
                (rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3)}, run, fileSeq);
        for (Object[] release : released) {
            jdbc.update("DELETE FROM refund_event WHERE refund_id = ? AND event_seq = ?", release[0], release[1]);
            jdbc.update("UPDATE refund SET state = ?, state_date = (SELECT MAX(run_date) FROM refund_event WHERE"
                    + " refund_id = ?) WHERE refund_id = ?", release[2], release[0], release[0]);
        }
        jdbc.update("DELETE FROM payment WHERE run_date = ? AND file_seq = ? AND origin = 'RELEASED'", run, fileSeq);
        String fileRefunds = "SELECT refund_id FROM refund WHERE run_date = ? AND file_seq = ?";
        jdbc.update("DELETE FROM refund_event WHERE refund_id IN (" + fileRefunds + ")", run, fileSeq);
        jdbc.update("DELETE FROM payment WHERE refund_id IN (" + fileRefunds + ")", run, fileSeq);
        ledger.takeBackFile(runDate, fileSeq);
    }

    /**
     * Moves a refund and records the event, in the caller's transaction.
     *
     * @throws IllegalStateException when the refund is not in the transition's from-state
     */
    public void move(Transition t) {
        move(List.of(t));
    }

    /**
     * Moves refunds and records an event each, in the caller's transaction: two batched statements, whatever the
     * count, each finding its refund by its key.
     *
     * @throws IllegalStateException when a refund is not in its transition's from-state
     */
    public void move(List<Transition> moves) {
        if (moves.isEmpty()) {
            return;
        }
        int[][] changed = jdbc.batchUpdate("UPDATE refund SET state = ?, state_date = ? WHERE refund_id = ? AND"
                + " state = ?", moves, moves.size(), (ps, t) -> {
                    ps.setString(1, t.to().name());
                    ps.setDate(2, Date.valueOf(t.runDate()));
                    ps.setString(3, t.refundId());
                    ps.setString(4, t.from().name());
                });
        int i = 0;
        for (int[] batch : changed) {
            for (int n : batch) {
                Transition t = moves.get(i++);
                if (n != 1 && n != Statement.SUCCESS_NO_INFO) {
                    throw new IllegalStateException("refund " + t.refundId() + " is not " + t.from()
                            + ": cannot move it to " + t.to());
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO refund_event (" + EVENT_COLUMNS + ") SELECT CAST(? AS VARCHAR(35)),"
                + " COALESCE(MAX(event_seq), 0) + 1, CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(16)), CAST(? AS DATE),"
                + " CAST(? AS VARCHAR(255)), CAST(? AS INTEGER), CAST(? AS VARCHAR(35)), CAST(? AS VARCHAR(1024)),"
                + " CAST(? AS VARCHAR(34)) FROM refund_event WHERE refund_id = ?", moves, moves.size(), (ps, t) -> {
                    ps.setString(1, t.refundId());
                    ps.setString(2, t.from().name());
                    ps.setString(3, t.to().name());
                    ps.setDate(4, Date.valueOf(t.runDate()));
                    ps.setString(5, t.sourceFile());
                    if (t.sourceRow() == null) {
                        ps.setNull(6, Types.INTEGER);
                    } else {
                        ps.setInt(6, t.sourceRow());
                    }
                    ps.setString(7, t.reasonCode());
                    ps.setString(8, clip(t.reasonText()));
                    ps.setString(9, t.iban());
                    ps.setString(10, t.refundId());
                });
    }

    /**
     * Moves the night's payable refunds to {@code SENT} once its bank file is written, page after page, in the
     * caller's transaction. Idempotent: a refund already sent is not moved again, so writing the file again after a
     * crash adds no event.
     *
     * @return how many refunds moved
     */
    public int markSent(LocalDate runDate, String bankFile) {
        int moved = 0;
        for (SentPage page : sentPages(runDate)) {
            moved += markSent(runDate, bankFile, page);
        }
        return moved;
    }

    /** The night's payments in pages of at most {@link SentPage#ROWS} source rows of one file, in file and row order. */
    public List<SentPage> sentPages(LocalDate runDate) {
        List<SentPage> pages = new ArrayList<>();
        jdbc.query("SELECT file_seq, MAX(source_row) FROM payment WHERE run_date = ? GROUP BY file_seq ORDER BY"
                + " file_seq", rs -> {
                    int fileSeq = rs.getInt(1);
                    int last = rs.getInt(2);
                    for (int after = 0; after < last; after += SentPage.ROWS) {
                        pages.add(new SentPage(fileSeq, after, Math.min(after + SentPage.ROWS, last)));
                    }
                }, Date.valueOf(runDate));
        return pages;
    }

    /**
     * Moves the payable refunds of one page of the night's payments to {@code SENT}: an event each and the new
     * state. The page's payments are found through their source rows, then each refund moved by its key: a
     * set-wise statement over the page let HSQLDB start from the index on the state and go through every payable
     * refund of the night for each page. A page keeps a transaction's changes bounded: HSQLDB holds every row a
     * transaction changes in the heap until it commits.
     *
     * @return how many refunds moved
     */
    public int markSent(LocalDate runDate, String bankFile, SentPage page) {
        List<Transition> sent = jdbc.query("SELECT p.refund_id, p.iban, r.state FROM payment p JOIN refund r"
                + " ON r.refund_id = p.refund_id WHERE p.run_date = ? AND p.file_seq = ? AND p.source_row > ?"
                + " AND p.source_row <= ? ORDER BY p.source_row", (rs, n) -> RefundState.PAYABLE.name()
                        .equals(rs.getString(3)) ? new Transition(rs.getString(1), RefundState.PAYABLE,
                                RefundState.SENT, runDate, bankFile, null, null, null, rs.getString(2)) : null,
                Date.valueOf(runDate), page.fileSeq(), page.afterRow(), page.lastRow())
                .stream().filter(Objects::nonNull).toList();
        move(sent);
        return sent.size();
    }

    /** The night's payments of one file from after one source row up to another. */
    public record SentPage(int fileSeq, int afterRow, int lastRow) {
        /** The source rows of a page: at most as many refunds move in one transaction. */
        public static final int ROWS = 5_000;
    }

    /**
     * Settles at most {@code limit} of the refunds {@code SENT} by a bank file of a night before {@code sentBefore}
     * (the run date of their last change of state): each gets its {@code SENT>SETTLED} event of {@code runDate},
     * {@code source} and {@code reason} with the account of that {@code SENT} event, in the caller's transaction.
     * The refunds are found on the index (state, state_date): only those due are read, and those settled leave it,
     * so the next call finds the next ones.
     *
     * @return how many refunds it settled: fewer than {@code limit} when none are left
     */
    public int settleSentBefore(LocalDate sentBefore, int limit, LocalDate runDate, String source, String reason) {
        List<Transition> settled = jdbc.query(connection -> {
            // the batch first, then the last event of each, its SENT: the account it was sent to. Looked up refund by
            // refund: joined, PostgreSQL hashed every event of the ledger for each batch.
            PreparedStatement ps = connection.prepareStatement("SELECT d.refund_id, (SELECT e.iban FROM refund_event e"
                    + " WHERE e.refund_id = d.refund_id AND e.event_seq = (SELECT MAX(x.event_seq) FROM refund_event x"
                    + " WHERE x.refund_id = d.refund_id)) FROM (SELECT refund_id FROM refund WHERE state = 'SENT' AND"
                    + " state_date < ? ORDER BY state, state_date, refund_id FETCH FIRST " + limit + " ROWS ONLY) d"
                    + " ORDER BY d.refund_id");
            ps.setDate(1, Date.valueOf(sentBefore));
            ps.setMaxRows(limit);
            ps.setFetchSize(limit);
            return ps;
        }, (rs, n) -> new Transition(rs.getString(1), RefundState.SENT, RefundState.SETTLED, runDate, source, null,
                null, reason, rs.getString(2)));
        move(settled);
        return settled.size();
    }

    /** A refund's events, first to last. */
    public List<RefundEvent> events(String refundId) {
        return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM refund_event WHERE refund_id = ? ORDER BY event_seq",
                (rs, n) -> {
                    String from = rs.getString(3);
                    int row = rs.getInt(7);
                    Integer sourceRow = rs.wasNull() ? null : row;
                    return new RefundEvent(rs.getString(1), rs.getInt(2), from == null ? null : RefundState.valueOf(from),
                            RefundState.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(), rs.getString(6),
                            sourceRow, rs.getString(8), rs.getString(9), rs.getString(10));
                }, refundId);
    }

    /** The refund's current state, or null when there is no such refund. */
    public RefundState state(String refundId) {
        List<String> states = jdbc.queryForList("SELECT state FROM refund WHERE refund_id = ?", String.class, refundId);
        return states.isEmpty() ? null : RefundState.valueOf(states.get(0));
    }

    private void insertEvents(List<RefundEvent> events) {
        jdbc.batchUpdate("INSERT INTO refund_event (" + EVENT_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)", events,
                events.size(), (ps, e) -> {
                    ps.setString(1, e.refundId());
                    ps.setInt(2, e.seq());
                    ps.setString(3, e.from() == null ? null : e.from().name());
                    ps.setString(4, e.to().name());
                    ps.setDate(5, Date.valueOf(e.runDate()));
                    ps.setString(6, e.sourceFile());
                    if (e.sourceRow() == null) {
                        ps.setNull(7, Types.INTEGER);
                    } else {
                        ps.setInt(7, e.sourceRow());
                    }
                    ps.setString(8, e.reasonCode());
                    ps.setString(9, clip(e.reasonText()));
                    ps.setString(10, e.iban());
                });
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1024 ? text : text.substring(0, 1021) + "...";
    }
}
