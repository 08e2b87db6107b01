package org.refundbatch.ledger;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The sheets each run took from the inbox, with their SHA-256, so the same bytes are read once, ever. */
public class StagedFileRepository {

    /** What staging decided about a file, or what became of it when the intake read it. */
    public enum Status {
        ACCEPTED, REJECTED, DUPLICATE,
        /** accepted, then found damaged further down by the intake: rejected whole, its rows taken back */
        DAMAGED,
        /** modified less than {@code refund.settle-time} ago: left in the inbox, untouched, for the next night */
        WAITING;

        /** True for the files the intake reads, in staging order: a damaged one keeps its place. */
        public boolean readByIntake() {
            return this == ACCEPTED || this == DAMAGED;
        }
    }

    /** The SHA-256 recorded for a file whose bytes were not read (refused, unreadable or left waiting). */
    public static final String NOT_READ = "0".repeat(64);

    /** A file a run took from the inbox. */
    public record StagedFile(LocalDate runDate, int fileSeq, String fileName, Path stagedPath, String sha256,
                             long sizeBytes, Status status, String reason) {
    }

    private static final String SELECT = "SELECT run_date, file_seq, file_name, staged_path, sha256, size_bytes,"
            + " status, reason FROM staged_file";
    private static final RowMapper<StagedFile> STAGED_FILE = (rs, n) -> new StagedFile(rs.getDate(1).toLocalDate(),
            rs.getInt(2), rs.getString(3), Path.of(rs.getString(4)), rs.getString(5), rs.getLong(6),
            Status.valueOf(rs.getString(7)), rs.getString(8));

    private final JdbcTemplate jdbc;

    public StagedFileRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<StagedFile> findByRun(LocalDate runDate) {
        return jdbc.query(SELECT + " WHERE run_date = ? ORDER BY file_seq", STAGED_FILE, Date.valueOf(runDate));
    }

    /** The accepted file with these bytes, from any run. */
    public Optional<StagedFile> findAccepted(String sha256) {
        return jdbc.query(SELECT + " WHERE accepted_sha256 = ?", STAGED_FILE, sha256).stream().findFirst();
    }

    public void insert(StagedFile file) {
        jdbc.update("INSERT INTO staged_file (run_date, file_seq, file_name, staged_path, sha256, size_bytes, status,"
                + " reason, accepted_sha256) VALUES (?,?,?,?,?,?,?,?,?)", Date.valueOf(file.runDate()), file.fileSeq(),
                ColumnText.cut(file.fileName(), ColumnText.FILE_NAME), file.stagedPath().toString(), file.sha256(),
                file.sizeBytes(), file.status().name(), ColumnText.cut(file.reason(), ColumnText.TEXT),
                file.status() == Status.ACCEPTED ? file.sha256() : null);
    }

    /**
     * Marks an accepted file damaged: rejected whole, with the reason, and no longer holding its bytes as read,
     * so the same bytes (or a corrected file) dropped again are read.
     */
    public void markDamaged(LocalDate runDate, int fileSeq, String reason) {
        jdbc.update("UPDATE staged_file SET status = ?, reason = ?, accepted_sha256 = NULL WHERE run_date = ?"
                + " AND file_seq = ?", Status.DAMAGED.name(), ColumnText.cut(reason, ColumnText.TEXT),
                Date.valueOf(runDate), fileSeq);
    }
}
