package org.refundbatch.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;

/**
 * Prints how long each step of the last job execution took, from the job repository of a finished run's
 * HSQLDB file, opened read-only: {@code STEP <name> <ms> read=<n> write=<n> commits=<n>}, then
 * {@code JOB <ms>}.
 *
 * <p>Arguments: home (the run's {@code refund.home}); on PostgreSQL, {@code -Dsteps.url}, {@code -Dsteps.user} and
 * {@code -Dsteps.password} name the run's database instead
 */
public final class StepTimes {

    private StepTimes() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("steps.url", FloorLedger.applicationUrl(Path.of(args[0])) + ";readonly=true");
        try (Connection db = DriverManager.getConnection(url, System.getProperty("steps.user", "SA"),
                System.getProperty("steps.password", ""));
             Statement sql = db.createStatement()) {
            long job;
            try (ResultSet rs = sql.executeQuery("SELECT JOB_EXECUTION_ID, START_TIME, END_TIME FROM"
                    + " BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1")) {
                if (!rs.next()) {
                    throw new IllegalStateException("no job execution in " + args[0]);
                }
                job = rs.getLong(1);
                System.out.printf("JOB %d%n", millis(rs.getTimestamp(2), rs.getTimestamp(3)));
            }
            try (ResultSet rs = sql.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME, READ_COUNT, WRITE_COUNT,"
                    + " COMMIT_COUNT, STATUS FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = " + job
                    + " ORDER BY STEP_EXECUTION_ID")) {
                while (rs.next()) {
                    System.out.printf("STEP %s %d read=%d write=%d commits=%d status=%s%n", rs.getString(1),
                            millis(rs.getTimestamp(2), rs.getTimestamp(3)), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getString(7));
                }
            }
        }
    }

    private static long millis(Timestamp start, Timestamp end) {
        return start == null || end == null ? -1 : Duration.between(start.toInstant(), end.toInstant()).toMillis();
    }
}
