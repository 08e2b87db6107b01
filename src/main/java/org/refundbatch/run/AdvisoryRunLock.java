package org.refundbatch.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run lock as a PostgreSQL session advisory lock, held on a connection of its own for the whole run.
 * The server frees it when that session ends, also when the process was killed, so it never goes stale.
 * The {@code run_lock} row names the holder for the message of a refused launch.
 */
public class AdvisoryRunLock implements DatabaseRunLock {

    /** The advisory lock key: "refund" in ASCII. */
    public static final long KEY = 0x726566756e64L;

    private static final Logger log = LoggerFactory.getLogger(AdvisoryRunLock.class);

    private final DataSource dataSource;
    private final RunLockTable table;
    /** The session holding the lock for this process's run, null while it holds none. */
    private volatile Connection heldSession;

    public AdvisoryRunLock(DataSource dataSource, RunLockTable table) {
        this.dataSource = dataSource;
        this.table = table;
    }

    @Override
    public Held tryAcquire(LocalDate runDate) {
        Connection session = null;
        try {
            session = dataSource.getConnection();
            session.setAutoCommit(true);
            if (!call(session, "SELECT pg_try_advisory_lock(?)")) {
                session.close();
                return null;
            }
        } catch (SQLException e) {
            close(session);
            throw new IllegalStateException("cannot take the run lock on the database: " + e.getMessage(), e);
        }
        RunHolder me = RunHolder.thisProcess(runDate);
        Connection held = session;
        try {
            table.record(me);
        } catch (RuntimeException e) {
            free(held);
            throw e;
        }
        heldSession = held;
        return () -> {
            heldSession = null;
            try {
                table.release(me.claimId());
            } finally {
                free(held);
            }
        };
    }

    /**
     * Asks the lock's own session whether it still holds the advisory lock. A session the server ended (a
     * restart, {@code pg_terminate_backend}, a network cut) has lost it, and another host may take it.
     */
    @Override
    public synchronized void checkHeld() {
        Connection session = heldSession;
        if (session == null) {
            return;
        }
        try (PreparedStatement statement = session.prepareStatement("SELECT COUNT(*) FROM pg_locks WHERE"
                + " locktype = 'advisory' AND pid = pg_backend_pid() AND granted AND classid = ? AND objid = ?"
                + " AND objsubid = 1")) {
            statement.setQueryTimeout(30);
            statement.setLong(1, KEY >>> 32);
            statement.setLong(2, KEY & 0xffffffffL);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next() && rs.getLong(1) == 1) {
                    return;
                }
            }
            throw new RunLockLostException("the database no longer shows this run's advisory lock " + KEY);
        } catch (SQLException e) {
            throw new RunLockLostException("the session holding the run lock is gone (" + e.getMessage() + ")");
        }
    }

    @Override
    public String holder() {
        RunHolder holder = table.holder();
        return holder == null ? "another session (advisory lock " + KEY + ")" : holder.describe();
    }

    private static boolean call(Connection session, String sql) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Unlocks and closes the session; one that cannot unlock is aborted, so the pool never keeps the lock. */
    private static void free(Connection session) {
        try {
            call(session, "SELECT pg_advisory_unlock(?)");
        } catch (SQLException e) {
            log.warn("Could not free the run lock ({}): closing its session, which frees it", e.getMessage());
            try {
                session.abort(Runnable::run);
            } catch (SQLException abortFailed) {
                log.debug("aborting the run lock session", abortFailed);
            }
        } finally {
            close(session);
        }
    }

    private static void close(Connection session) {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                log.debug("closing the run lock session", e);
            }
        }
    }
}
