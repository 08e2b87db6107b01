package org.refundbatch.ledger;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import tools.jackson.databind.json.JsonMapper;

/**
 * The refunds a partitioned intake assessed, waiting to be settled ({@code pending_refund}). Each is kept as
 * JSON: the table is a queue between two steps of one run, emptied as the refunds are settled.
 */
public class PendingRefundRepository {

    /** The columns the settling step pages through, in this order: its sort keys. */
    public static final String SELECT = "SELECT key_bucket, file_seq, source_row, payload";
    public static final String FROM = "FROM pending_refund";
    public static final String WHERE = "WHERE run_date = :runDate AND key_bucket >= :fromBucket"
            + " AND key_bucket < :toBucket";
    private static final int MAX_PAYLOAD = 32000;

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public PendingRefundRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LocalDate runDate, List<PendingRefund> pending) {
        jdbc.batchUpdate("INSERT INTO pending_refund (run_date, file_seq, source_row, key_bucket, payload)"
                + " VALUES (?,?,?,?,?)", pending, pending.size(), (ps, p) -> {
                    ps.setDate(1, Date.valueOf(runDate));
                    ps.setInt(2, p.refund().fileSeq());
                    ps.setInt(3, p.refund().sourceRow());
                    ps.setInt(4, p.keyBucket());
                    ps.setString(5, payload(p));
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

    public long count(LocalDate runDate) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM pending_refund WHERE run_date = ?", Long.class,
                Date.valueOf(runDate));
        return n == null ? 0 : n;
    }

    /** Maps a row of {@link #SELECT} back to the pending refund. */
    public RowMapper<PendingRefund> rowMapper() {
        return (ResultSet rs, int n) -> read(rs);
    }

    private PendingRefund read(ResultSet rs) throws SQLException {
        return json.readValue(rs.getString("payload"), PendingRefund.class);
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
