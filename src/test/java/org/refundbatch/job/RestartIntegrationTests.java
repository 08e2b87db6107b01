package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refundbatch.intake.WithdrawalSheetReader;
import org.refundbatch.job.FaultInjection.InjectedFault;
import org.refundbatch.job.FaultInjection.Plan;
import org.refundbatch.job.FaultInjection.Point;
import org.refundbatch.run.NightlyRun;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run that fails in any step and is started again with the same runDate ends with the very files and
 * ledger rows of a run that never failed: nothing lost, nothing twice. Small chunks, so that failures land
 * mid-step and a chunk spans the two sheets.
 */
@SpringBatchTest
@DatabaseTest
@SpringBootTest(properties = {"refund.runner.enabled=false", "refund.chunk-size=3"})
@Import(FaultInjection.class)
class RestartIntegrationTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    static final String LATE_SHEET = """
            student_id;last_name;first_name;micro_credential;academic_year;withdrawal_date;amount_paid;iban;reference
            2000001;Claes;Lotte;MC-DATA;2026-2027;2026-10-01;;BE68539007547034;L-01
            0234567;Janssens;Lucas;MC-DATA;2026-2027;2026-11-03;495.00;BE71096123456769;L-02
            2000002;Wouters;Jan;MC-ETHICS;2026-2027;2026-11-20;;BE68539007547034;L-03
            2000003;Peeters;Mats;MC-HEALTH;2026-2027;2026-11-21;300,00;BE71096123456769;L-04
            2000004;Maes;Ines;MC-SUSTAIN;2026-2027;2026-09-30;;;L-05
            2000001;Claes;Lotte;MC-DATA;2026-2027;2026-10-02;;BE68539007547034;L-06
            2000005;Jacobs;Roos;MC-PRIVACY;2026-2027;2026-12-01;;BE68539007547034;L-07
            2000006;Goossens;Tom;MC-DUTCH;2026-2027;2026-11-29;;BE68539007547034;L-08
            0901234;De Smet;Olivia;MC-HEALTH;2026-2027;2026-10-01;;BE68539007547034;L-09
            2000007;Aerts;Wout;MC-DATA;2026-2027;2026-11-02;;BE68539007547034;L-10
            2000008;Hermans;Lise;MC-ETHICS;2026-2027;2026-10-31;;BE68539007547034;L-11
            2000009;Dupont;Emma;MC-NOPE;2026-2027;2026-10-31;;BE68539007547034;L-12
            2000010;Smets;Bram;MC-DATA;2026-2027;2026-11-15;100;BE68539007547034;L-13
            """;

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RefundProperties properties;
    @Autowired
    NightlyRun nightlyRun;
    @Autowired
    Plan faults;
    @Autowired
    JobRepository jobRepository;

    private RunOutputs cleanRun;
    private Map<String, String> cleanFeedback;

    @BeforeEach
    void aCleanRunToCompareWith() throws Exception {
        newInstallationWithTonightsSheets();
        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        cleanRun = outputs(RUN_DATE);
        cleanFeedback = feedback(RUN_DATE);
        assertThat(cleanFeedback).containsOnlyKeys("withdrawals-2026-11-feedback.xlsx",
                "withdrawals-2026-11-late-feedback.xlsx");
        assertThat(cleanRun.files()).containsOnlyKeys("reimbursements-2026-11-30.csv", "credit-records-2026-11-30.csv",
                "rejected-2026-11-30.csv", "open-items-2026-11-30.csv", "run-summary-2026-11-30.json");
        assertThat(cleanRun.files().get("run-summary-2026-11-30.json")).contains("\"rows_read\" : 33");
        newInstallationWithTonightsSheets();
    }

    @AfterEach
    void noFaultLeftArmed() {
        faults.clear();
    }

    @ParameterizedTest(name = "failure at {0} #{1}, restart runs {2}")
    @CsvSource({
            "STAGING,      2, stageInbox intake exportFiles markSent writeFeedback archiveInbox",
            "PROCESSING,   8, intake exportFiles markSent writeFeedback archiveInbox",
            "LEDGER_WRITE, 7, intake exportFiles markSent writeFeedback archiveInbox",
            "EXPORT,       1, exportFiles markSent writeFeedback archiveInbox",
            "EXPORT,       2, writeFeedback archiveInbox"})
    void aRestartAfterAFailureEndsWithTheOutputsOfACleanRun(Point point, int nth, String stepsRestarted)
            throws Exception {
        faults.failAt(point, nth);

        JobExecution failed = jobOperatorTestUtils.startJob(parameters(RUN_DATE));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).anySatisfy(
                e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e)).isInstanceOf(InjectedFault.class));

        JobExecution restarted = jobOperatorTestUtils.startJob(parameters(RUN_DATE));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly(stepsRestarted.split(" "));
        assertThat(outputs(RUN_DATE)).isEqualTo(cleanRun);
        assertThat(feedback(RUN_DATE)).as("the feedback workbooks' SHA-256").isEqualTo(cleanFeedback);
    }

    @Test
    void aRestartInIntakeGoesOnAfterTheLastCommittedChunk() throws Exception {
        faults.failAt(Point.LEDGER_WRITE, 7);
        jobOperatorTestUtils.startJob(parameters(RUN_DATE));

        JobExecution restarted = jobOperatorTestUtils.startJob(parameters(RUN_DATE));

        assertThat(restarted.getStepExecutions()).filteredOn(s -> s.getStepName().equals("intake"))
                .extracting(StepExecution::getReadCount).as("6 chunks of 3 rows were committed before the failure")
                .containsExactly(33L - 18);
        assertThat(outputs(RUN_DATE)).isEqualTo(cleanRun);
    }

    @Test
    void aRestartedIntakeHasItsPositionInTheDatabaseBeforeItsFirstChunkCommits() throws Exception {
        faults.failAt(Point.PROCESSING, 8);
        JobExecution failed = jobOperatorTestUtils.startJob(parameters(RUN_DATE));
        faults.holdAt(Point.PROCESSING);
        CompletableFuture<BatchStatus> restart = CompletableFuture.supplyAsync(() -> statusOfARun(RUN_DATE));
        faults.awaitHeld(Duration.ofSeconds(30));

        StepExecution saved = jobRepository.getLastStepExecution(failed.getJobInstance(), "intake");

        assertThat(saved.getJobExecutionId()).as("the restart's own intake").isNotEqualTo(failed.getId());
        assertThat(WithdrawalSheetReader.rowsDelivered(saved.getExecutionContext()))
                .as("a kill now must not restart the sheets from the top").isEqualTo(6);
        faults.release();
        assertThat(restart.get(60, TimeUnit.SECONDS)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outputs(RUN_DATE)).isEqualTo(cleanRun);
    }

    @Test
    void aSheetDroppedAfterTheFailedAttemptWaitsForTheNextRun() throws Exception {
        faults.failAt(Point.PROCESSING, 8);
        jobOperatorTestUtils.startJob(parameters(RUN_DATE));
        Files.writeString(home.resolve("inbox/withdrawals-2026-11-evening.csv"),
                "student_id,last_name,first_name,micro_credential,withdrawal_date,iban\n"
                        + "3000001,Vermeulen,Pieter,MC-DATA,2026-11-30,BE68539007547034\n");

        JobExecution restarted = jobOperatorTestUtils.startJob(parameters(RUN_DATE));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outputs(RUN_DATE)).isEqualTo(cleanRun);

        LocalDate nextNight = RUN_DATE.plusDays(1);
        assertThat(nightlyRun.run(nextNight)).isEqualTo(NightlyRun.OK);

        Path outbox = properties.outboxDir(nextNight);
        assertThat(CsvFile.read(outbox.resolve("reimbursements-2026-12-01.csv")).rows())
                .extracting(r -> r.get("student_id"), r -> r.get("source_file"))
                .containsExactly(org.assertj.core.api.Assertions.tuple("3000001", "withdrawals-2026-11-evening.csv"));
        assertThat(CsvFile.read(outbox.resolve("rejected-2026-12-01.csv")).rowsWith("source_row", ""))
                .as("tonight's two sheets, still in the inbox, are not read again")
                .extracting(r -> r.get("source_file"))
                .containsExactly("withdrawals-2026-11-late.csv", "withdrawals-2026-11.csv");
    }

    @Test
    void aNightThatDidNotCompleteIsFinishedBeforeTheNextNightIsRead() throws Exception {
        faults.failAt(Point.LEDGER_WRITE, 4);
        assertThat(jobOperatorTestUtils.startJob(parameters(RUN_DATE)).getStatus()).isEqualTo(BatchStatus.FAILED);
        Files.writeString(home.resolve("inbox/withdrawals-2026-12.csv"),
                "student_id,last_name,first_name,micro_credential,withdrawal_date,iban\n"
                        + "3000002,Vermeulen,Sara,MC-ETHICS,2026-12-01,BE68539007547034\n");

        assertThat(nightlyRun.run(RUN_DATE.plusDays(1))).isEqualTo(NightlyRun.OK);

        assertThat(outputs(RUN_DATE).files()).isEqualTo(cleanRun.files());
        assertThat(CsvFile.read(properties.outboxDir(RUN_DATE.plusDays(1)).resolve("reimbursements-2026-12-01.csv"))
                .rows()).extracting(r -> r.get("student_id")).containsExactly("3000002");
    }

    private void newInstallationWithTonightsSheets() throws IOException {
        JobHome.reset(home, jdbc);
        Path inbox = home.resolve("inbox");
        Files.copy(Path.of("input-samples/withdrawals-2026-11.csv"), inbox.resolve("withdrawals-2026-11.csv"));
        Files.writeString(inbox.resolve("withdrawals-2026-11-late.csv"), LATE_SHEET);
    }

    /** The feedback folder's files (hidden temporary ones included) and the SHA-256 of each. */
    private Map<String, String> feedback(LocalDate runDate) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        Path dir = properties.feedbackDir(runDate);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path file : list.toList()) {
                    files.put(file.getFileName().toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
        }
        return files;
    }

    private RunOutputs outputs(LocalDate runDate) throws IOException {
        return RunOutputs.of(properties.outboxDir(runDate), jdbc);
    }

    /** Not a JobExecution: Spring Batch Test would take a method returning one for a factory. */
    private BatchStatus statusOfARun(LocalDate runDate) {
        try {
            return jobOperatorTestUtils.startJob(parameters(runDate)).getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JobParameters parameters(LocalDate runDate) {
        return new JobParametersBuilder().addLocalDate("runDate", runDate).toJobParameters();
    }
}
