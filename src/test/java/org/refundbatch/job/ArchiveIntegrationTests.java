package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.intake.InboxArchive;
import org.refundbatch.job.FaultInjection.Plan;
import org.refundbatch.job.FaultInjection.Point;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.run.NightlyRun;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With an archive set, a run that completes moves the sheets it read out of the inbox, and only those. */
@SpringBatchTest
@SpringBootTest(properties = "refund.runner.enabled=false")
@Import(FaultInjection.class)
class ArchiveIntegrationTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
        registry.add("refund.archive", () -> home.resolve("archive").toString());
    }

    @Autowired
    NightlyRun nightlyRun;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Plan faults;
    @Autowired
    StagedFileRepository stagedFiles;

    Path inbox;

    @BeforeEach
    void tonightsSheets() throws Exception {
        JobHome.reset(home, jdbc);
        inbox = home.resolve("inbox");
        Files.copy(Path.of("input-samples/withdrawals-2026-11.csv"), inbox.resolve("withdrawals-2026-11.csv"));
        Files.copy(Path.of("input-samples/withdrawals-2026-11.csv"), inbox.resolve("withdrawals-2026-11-again.csv"));
        Files.writeString(inbox.resolve("notes.csv"), "remark\nnot a withdrawal sheet\n");
    }

    @AfterEach
    void letGo() {
        faults.clear();
    }

    @Test
    void aCompletedRunMovesTheSheetsItReadAndLeavesTheOthers() throws Exception {
        faults.holdAt(Point.PROCESSING);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> run(RUN_DATE));
        faults.awaitHeld(Duration.ofSeconds(30));
        Files.writeString(inbox.resolve("withdrawals-evening.csv"), "student_id,last_name\n");
        Files.writeString(inbox.resolve("withdrawals-2026-11-again.csv"), "replaced after the run took it\n");
        faults.release();

        assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(NightlyRun.OK);

        assertThat(list(home.resolve("archive/2026-11-30"))).as("read, rejected whole as unreadable")
                .containsExactly("notes.csv", "withdrawals-2026-11.csv");
        assertThat(list(inbox)).as("dropped or replaced after the run took the inbox")
                .containsExactly("withdrawals-2026-11-again.csv", "withdrawals-evening.csv");
    }

    @Test
    void aRunThatFailsLeavesTheInboxAloneUntilItsRestartCompletes() throws Exception {
        faults.failAt(Point.EXPORT, 1);

        assertThat(nightlyRun.run(RUN_DATE)).isEqualTo(NightlyRun.FAILED);
        assertThat(list(inbox)).hasSize(3);
        assertThat(home.resolve("archive")).doesNotExist();

        assertThat(nightlyRun.run(RUN_DATE)).isEqualTo(NightlyRun.OK);
        assertThat(list(inbox)).isEmpty();
        assertThat(list(home.resolve("archive/2026-11-30"))).hasSize(3);
        assertThat(new InboxArchive().archive(stagedFiles.findByRun(RUN_DATE), inbox, home.resolve("archive/x")))
                .as("archiving again moves nothing").isZero();
    }

    private int run(LocalDate runDate) {
        try {
            return nightlyRun.run(runDate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
