package org.refundbatch.run;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * One refund run at a time on a database, whichever thread, process or machine launches it. The file lock
 * on the job home keeps a second process off one machine; this keeps a second machine off a shared database.
 */
public interface DatabaseRunLock {

    /** Takes the lock for a run, or returns null when another run holds it (then see {@link #holder()}). */
    Held tryAcquire(LocalDate runDate);

    /** Who holds the lock, in words, for the message of a launch that was refused. */
    String holder();

    /**
     * Checks that the lock this process took is still its own, and does nothing while it holds none (a job run
     * without the nightly command, as in tests).
     *
     * @throws RunLockLostException when the lock was lost: the run must stop before a second host races it
     */
    void checkHeld();

    /** The lock a run holds; closing it lets the next run in. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** A PostgreSQL advisory lock on PostgreSQL; the {@code run_lock} row on any other database. */
    static DatabaseRunLock of(DataSource dataSource, RunLockTable table) {
        try {
            String[] database = JdbcUtils.extractDatabaseMetaData(dataSource,
                    (DatabaseMetaData metaData) -> new String[] {metaData.getDatabaseProductName(), metaData.getURL()});
            if ("PostgreSQL".equals(database[0])) {
                return new AdvisoryRunLock(dataSource, table);
            }
            String url = database[1] == null ? "" : database[1];
            return new TableRunLock(table, url.startsWith("jdbc:hsqldb:file:") || url.startsWith("jdbc:hsqldb:mem:"));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database this is: " + e.getMessage(), e);
        }
    }
}
