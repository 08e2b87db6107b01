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

    /** What staging decided about a file. */
    public enum Status {
        ACCEPTED, REJECTED, DUPLICATE
    }

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
                file.fileName(), file.stagedPath().toString(), file.sha256(), file.sizeBytes(), file.status().name(),
                file.reason(), file.status() == Status.ACCEPTED ? file.sha256() : null);
    }
}
