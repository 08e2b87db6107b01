package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.run.AdvisoryRunLock;
import org.refundbatch.run.DatabaseRunLock;
import org.refundbatch.run.RunLockLostException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run whose database lock is taken from it — its PostgreSQL session ended, or its HSQLDB claim taken over —
 * stops at the next check, failed and restartable, and the restart completes.
 */
@SpringBatchTest
@DirtiesContext
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class RunLockLostIntegrationTests {

    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatabaseRunLock runLock;

    @Test
    void aRunThatLostItsLockStopsAndItsRestartCompletes() throws Exception {
        JobHome.reset(home, jdbc);
        Files.copy(Path.of("input-samples/withdrawals-2026-11.csv"), home.resolve("inbox/withdrawals-2026-11.csv"));
        DatabaseRunLock.Held held = runLock.tryAcquire(NOV_30);
        assertThat(held).isNotNull();
        runLock.checkHeld();

        loseTheLock();
        JobExecution lost = start();

        assertThat(lost.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(lost.getAllFailureExceptions()).anySatisfy(e -> assertThat(e)
                .isInstanceOf(RunLockLostException.class).hasMessageContaining("the run lock on the database was lost"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refund", Integer.class)).as("nothing written").isZero();

        held.close();
        JobExecution restarted = start();
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refund", Integer.class)).isPositive();
    }

    private void loseTheLock() {
        if (TestDatabase.postgresql()) {
            jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND classid = ? AND objid = ? AND pid <> pg_backend_pid()", Boolean.class,
                    AdvisoryRunLock.KEY >>> 32, AdvisoryRunLock.KEY & 0xffffffffL);
        } else {
            jdbc.update("UPDATE run_lock SET claim_id = 'another-host' WHERE claim_id IS NOT NULL");
        }
    }

    private JobExecution start() throws Exception {
        return jobs.startJob(new JobParametersBuilder().addLocalDate("runDate", NOV_30).toJobParameters());
    }
}
