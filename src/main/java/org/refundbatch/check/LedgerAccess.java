package org.refundbatch.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The ledger opened for reading only, for a check. A PostgreSQL ledger is simply read, in a read-only connection.
 * An embedded HSQLDB file ledger is opened with {@code files_readonly=true} (HSQLDB then neither takes its
 * {@code .lck} lock nor writes a file) and {@code ifexists=true}; while a night holds the database (its lock file
 * was renewed within the last {@value #HEARTBEAT_SECONDS} seconds: HSQLDB renews it every 10), it is not opened
 * at all, and the check goes on without it.
 */
final class LedgerAccess implements AutoCloseable {

    static final long HEARTBEAT_SECONDS = 30;

    private final SingleConnectionDataSource dataSource;
    private final String problem;

    private LedgerAccess(SingleConnectionDataSource dataSource, String problem) {
        this.dataSource = dataSource;
        this.problem = problem;
    }

    static LedgerAccess open(Environment settings, Instant now) {
        String url = settings.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return new LedgerAccess(null, "no database configured");
        }
        String readOnlyUrl = url;
        if (url.startsWith("jdbc:hsqldb:file:")) {
            Path database = Path.of(url.substring("jdbc:hsqldb:file:".length()).split(";", 2)[0]);
            if (!Files.exists(database.resolveSibling(database.getFileName() + ".properties"))
                    && !Files.exists(database.resolveSibling(database.getFileName() + ".script"))) {
                return new LedgerAccess(null, "no ledger yet at " + database.toAbsolutePath().normalize()
                        + ": no night has run");
            }
            if (heldByANight(database.resolveSibling(database.getFileName() + ".lck"), now)) {
                return new LedgerAccess(null, "a night is running and holds the ledger");
            }
            readOnlyUrl = url + ";ifexists=true;files_readonly=true;readonly=true";
        }
        try {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(readOnlyUrl,
                    settings.getProperty("spring.datasource.username", ""),
                    settings.getProperty("spring.datasource.password", ""), true);
            dataSource.getConnection().setReadOnly(true);
            new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM staged_file", Long.class);
            return new LedgerAccess(dataSource, null);
        } catch (RuntimeException | java.sql.SQLException e) {
            return new LedgerAccess(null, e.getMessage());
        }
    }

    private static boolean heldByANight(Path lockFile, Instant now) {
        try {
            FileTime renewed = Files.getLastModifiedTime(lockFile);
            return Duration.between(renewed.toInstant(), now).getSeconds() < HEARTBEAT_SECONDS;
        } catch (IOException e) {
            return false;
        }
    }

    /** The ledger to read, when it could be opened. */
    Optional<JdbcTemplate> jdbc() {
        return dataSource == null ? Optional.empty() : Optional.of(new JdbcTemplate(dataSource));
    }

    /** Why the ledger could not be read, or null. */
    String problem() {
        return problem;
    }

    @Override
    public void close() {
        if (dataSource != null) {
            dataSource.destroy();
        }
    }
}
