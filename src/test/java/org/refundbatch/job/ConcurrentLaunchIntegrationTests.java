package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.job.FaultInjection.Plan;
import org.refundbatch.job.FaultInjection.Point;
import org.refundbatch.run.DatabaseRunLock;
import org.refundbatch.run.NightlyRun;
import org.refundbatch.run.RunHolder;
import org.refundbatch.run.RunLockTable;
import org.refundbatch.run.TableRunLock;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** Two launches at once on one database: exactly one does the work, the other touches nothing and says why. */
@SpringBatchTest
@SpringBootTest(properties = "refund.runner.enabled=false")
@Import(FaultInjection.class)
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentLaunchIntegrationTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Autowired
    NightlyRun nightlyRun;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Plan faults;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void tonightsSheet() throws Exception {
        JobHome.reset(home, jdbc);
        Files.copy(Path.of("input-samples/withdrawals-2026-11.csv"), home.resolve("inbox/withdrawals-2026-11.csv"));
    }

    @AfterEach
    void letGo() {
        faults.clear();
    }

    @Test
    void aSecondLaunchWhileARunIsInProgressIsRefusedAndTouchesNothing(CapturedOutput output) throws Exception {
        faults.holdAt(Point.PROCESSING);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run(RUN_DATE));
        faults.awaitHeld(Duration.ofSeconds(30));

        int sameNight = nightlyRun.run(RUN_DATE);
        int nextNight = nightlyRun.run(RUN_DATE.plusDays(1));

        assertThat(sameNight).isEqualTo(NightlyRun.ALREADY_RUNNING);
        assertThat(nextNight).isEqualTo(NightlyRun.ALREADY_RUNNING);
        assertThat(output).contains("Another refund run is in progress on this database (the run of 2026-11-30 by pid "
                + ProcessHandle.current().pid());
        assertThat(count("BATCH_JOB_EXECUTION")).isEqualTo(1);
        assertThat(count("staged_file")).isEqualTo(1);

        faults.release();
        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(NightlyRun.OK);
        assertThat(count("refund")).isEqualTo(12);
        assertThat(nightlyRun.run(RUN_DATE.plusDays(1))).as("the lock is free again").isEqualTo(NightlyRun.OK);
    }

    @Test
    void aLockLeftByAKilledProcessOnThisHostIsTakenOver(CapturedOutput output) throws Exception {
        holdLock(RunHolder.thisHost(), deadPid());

        assertThat(nightlyRun.run(RUN_DATE)).isEqualTo(NightlyRun.OK);

        assertThat(output).contains("a process that is gone (killed or crashed): taking it over");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock WHERE claim_id IS NULL", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void onAnEmbeddedDatabaseAClaimOfAnotherProcessIsStale(CapturedOutput output) throws Exception {
        holdLock("batch-host-2", 4242);

        assertThat(nightlyRun.run(RUN_DATE)).as("no other process can have this database open")
                .isEqualTo(NightlyRun.OK);

        assertThat(output).contains("The run lock was held by the run of 2026-11-29 by pid 4242 on batch-host-2");
    }

    @Test
    void onASharedDatabaseAClaimFromAnotherMachineIsRespected() {
        holdLock("batch-host-2", 4242);
        TableRunLock shared = new TableRunLock(new RunLockTable(jdbc, transactionManager), false);

        assertThat(shared.tryAcquire(RUN_DATE)).isNull();
        assertThat(shared.holder()).isEqualTo("the run of 2026-11-29 by pid 4242 on batch-host-2, since 2026-11-29T01:30");
    }

    @Test
    void onASharedDatabaseAClaimOfAKilledProcessOnThisHostIsStale() throws Exception {
        holdLock(RunHolder.thisHost(), deadPid());
        TableRunLock shared = new TableRunLock(new RunLockTable(jdbc, transactionManager), false);

        try (DatabaseRunLock.Held held = shared.tryAcquire(RUN_DATE)) {
            assertThat(held).isNotNull();
            assertThat(shared.tryAcquire(RUN_DATE)).as("held by a live thread of this process").isNull();
        }
    }

    private void holdLock(String host, long pid) {
        jdbc.update("UPDATE run_lock SET claim_id = 'c0ffee', host = ?, pid = ?, process_start = NULL,"
                + " run_date = DATE '2026-11-29', claimed_at = TIMESTAMP '2026-11-29 01:30:00'", host, pid);
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private int run(LocalDate runDate) {
        try {
            return nightlyRun.run(runDate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
