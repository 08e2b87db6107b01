package org.refundbatch.ledger;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refunds a partitioned intake assessed, waiting to be settled ({@code pending_refund}). Each is kept as
 * JSON: the table is a queue between two steps of one run, emptied as the refunds are settled.
 */
public class PendingRefundRepository {

    private static final int MAX_PAYLOAD = 32000;

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public PendingRefundRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LocalDate runDate, List<PendingRefund> pending) {
        jdbc.batchUpdate("INSERT INTO pending_refund (run_date, file_seq, source_row, key_bucket, settle_seq,"
                + " payload) VALUES (?,?,?,?,?,?)", pending, pending.size(), (ps, p) -> {
                    ps.setDate(1, Date.valueOf(runDate));
                    ps.setInt(2, p.refund().fileSeq());
                    ps.setInt(3, p.refund().sourceRow());
                    ps.setInt(4, p.keyBucket());
                    ps.setLong(5, p.settleSeq());
                    ps.setString(6, payload(p));
                });
    }

    /** Removes refunds that were settled: they are now in the ledger as a refund or a reject. */
    public void delete(LocalDate runDate, List<RefundRecord> settled) {
        jdbc.batchUpdate("DELETE FROM pending_refund WHERE run_date = ? AND file_seq = ? AND source_row = ?",
                settled, settled.size(), (ps, r) -> {
                    ps.setDate(1, Date.valueOf(runDate));
                    ps.setInt(2, r.fileSeq());
                    ps.setInt(3, r.sourceRow());
                });
    }

    /** Removes the pending refunds of one file of the run: the file was found damaged and is rejected whole. */
    public void deleteFile(LocalDate runDate, int fileSeq) {
        jdbc.update("DELETE FROM pending_refund WHERE run_date = ? AND file_seq = ?", Date.valueOf(runDate), fileSeq);
    }

    /**
     * The next pending refunds of a run, by {@link PendingRefund#settleSeq()}: at most {@code limit} of them
     * with {@code afterSeq < settle_seq < toSeq}. The one lower bound lets every database start the scan on
     * the primary key just after the last refund settled.
     */
    public List<PendingRefund> next(LocalDate runDate, long afterSeq, long toSeq, int limit) {
        return jdbc.query(connection -> {
            // FETCH FIRST (SQL:2008, HSQLDB and PostgreSQL alike) tells the planner the page is small: it then
            // walks the key instead of sorting every refund left in the range
            PreparedStatement ps = connection.prepareStatement("SELECT payload FROM pending_refund"
                    + " WHERE run_date = ? AND settle_seq > ? AND settle_seq < ? ORDER BY settle_seq"
                    + " FETCH FIRST " + limit + " ROWS ONLY");
            ps.setDate(1, Date.valueOf(runDate));
            ps.setLong(2, afterSeq);
            ps.setLong(3, toSeq);
            ps.setMaxRows(limit);
            ps.setFetchSize(limit);
            return ps;
        }, (rs, n) -> json.readValue(rs.getString(1), PendingRefund.class));
    }

    private String payload(PendingRefund pending) {
        String text = json.writeValueAsString(pending);
        if (text.length() > MAX_PAYLOAD) {
            RefundRecord r = pending.refund();
            throw new IllegalStateException(r.sourceFile() + " row " + r.sourceRow() + ": the assessed refund takes "
                    + text.length() + " characters, more than the " + MAX_PAYLOAD + " a pending refund may hold"
                    + " (a micro-credential with that many course units needs refund.grid-size=1)");
        }
        return text;
    }
}
