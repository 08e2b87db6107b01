package org.refundbatch.ledger;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** The bank feedback files the runs found, and what of them could not be applied. */
public class BankFeedbackRepository {

    /** What became of a bank feedback file. */
    public enum Status { APPLIED, UNREADABLE, DUPLICATE }

    /** A file applied by an earlier run. */
    public record AppliedFile(LocalDate runDate, String fileName) {
    }

    private final JdbcTemplate jdbc;

    public BankFeedbackRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this run already handled these bytes under this name (an earlier attempt of the run). */
    public boolean handled(LocalDate runDate, String fileName, String sha256) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM bank_feedback_file WHERE run_date = ? AND file_name = ?"
                + " AND sha256 = ?", Long.class, Date.valueOf(runDate), fileName, sha256);
        return n != null && n > 0;
    }

    /** The run that applied these bytes, if any did. */
    public Optional<AppliedFile> applied(String sha256) {
        return jdbc.query("SELECT run_date, file_name FROM bank_feedback_file WHERE applied_sha256 = ?",
                (rs, n) -> new AppliedFile(rs.getDate(1).toLocalDate(), rs.getString(2)), sha256).stream().findFirst();
    }

    /**
     * Records a file this run handled, with what could not be applied of it.
     *
     * @return the file's number in the run
     */
    public int record(LocalDate runDate, String fileName, String sha256, Status status,
                      List<BankFeedbackReject> rejects) {
        Date run = Date.valueOf(runDate);
        Integer last = jdbc.queryForObject("SELECT MAX(file_seq) FROM bank_feedback_file WHERE run_date = ?",
                Integer.class, run);
        int seq = (last == null ? 0 : last) + 1;
        jdbc.update("INSERT INTO bank_feedback_file (run_date, file_seq, file_name, sha256, status, applied_sha256)"
                + " VALUES (?,?,?,?,?,?)", run, seq, fileName, sha256, status.name(),
                status == Status.APPLIED ? sha256 : null);
        int line = 0;
        for (BankFeedbackReject reject : rejects) {
            jdbc.update("INSERT INTO bank_feedback_reject (run_date, file_seq, line_no, file_name, end_to_end_id,"
                    + " reason) VALUES (?,?,?,?,?,?)", run, seq, ++line, reject.fileName(),
                    clip(reject.endToEndId(), 35), clip(reject.reason(), 1024));
        }
        return seq;
    }

    /** What the run could not apply, file by file, in the order found. */
    public List<BankFeedbackReject> rejects(LocalDate runDate) {
        return jdbc.query("SELECT file_name, end_to_end_id, reason FROM bank_feedback_reject WHERE run_date = ?"
                + " ORDER BY file_seq, line_no", (rs, n) -> new BankFeedbackReject(rs.getString(1), rs.getString(2),
                rs.getString(3)), Date.valueOf(runDate));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
