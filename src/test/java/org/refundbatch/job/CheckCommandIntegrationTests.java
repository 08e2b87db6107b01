package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.check.CheckCommand;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code --check} on the input samples: the same outcomes as the night that follows, to the byte of each feedback
 * workbook, and nothing of the installation touched; after the night, the ledger's duplicate check finds them.
 */
@SpringBatchTest
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class CheckCommandIntegrationTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    private static final List<String> SAMPLES = List.of("stopzettingen-2026-11-week1.xlsx",
            "stopzettingen-2026-11-week2.xls", "stopzettingen-2026-11-week3.csv", "withdrawals-2026-11.csv");

    @TempDir
    static Path home;
    @TempDir
    Path checked;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    RefundProperties properties;
    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void checksAsTheNightWouldAndTouchesNothingElse() throws Exception {
        JobHome.reset(home, jdbc);
        for (String sample : SAMPLES) {
            Files.copy(Path.of("input-samples", sample), home.resolve("inbox").resolve(sample));
        }
        Map<String, String> installation = files(home);
        Map<String, Long> ledger = ledgerRows();

        Output check = check(home.resolve("inbox"), RUN_DATE);

        assertThat(check.exitCode()).isZero();
        assertThat(files(home)).as("every file of the job home, inbox included").isEqualTo(installation);
        assertThat(ledgerRows()).isEqualTo(ledger);
        assertThat(check.text()).contains(
                "stopzettingen-2026-11-week1.xlsx: 8 row(s): 6 refund(s) (1 on hold), 2 rejected; to be paid 966.60",
                "  row 9, withdrawal_date '2026-12-02': withdrawal date 2026-12-02 is after the run date 2026-11-30",
                "withdrawals-2026-11.csv: 20 row(s): 12 refund(s) (1 on hold), 8 rejected; to be paid 1695.13",
                "  row 20, student_id '0123456': already refunded earlier in this run (2026-11-30)");
        assertThat(check.text()).doesNotContain("could not read the ledger");

        assertThat(jobOperatorTestUtils.startJob(new JobParametersBuilder().addLocalDate("runDate", RUN_DATE)
                .toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path night = properties.feedbackDir(RUN_DATE);
        for (String sample : SAMPLES) {
            String feedback = sample.substring(0, sample.lastIndexOf('.')) + "-feedback.xlsx";
            assertThat(checked.resolve(feedback)).as(feedback).hasSameBinaryContentAs(night.resolve(feedback));
        }
    }

    @Test
    void findsTheSheetsAnEarlierNightReadInTheLedger() throws Exception {
        JobHome.reset(home, jdbc);
        Path sheet = home.resolve("inbox").resolve("withdrawals-2026-11.csv");
        Files.copy(Path.of("input-samples", "withdrawals-2026-11.csv"), sheet);
        assertThat(jobOperatorTestUtils.startJob(new JobParametersBuilder().addLocalDate("runDate", RUN_DATE)
                .toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path edited = checked.resolve("withdrawals-2026-11-again.csv");
        Files.writeString(edited, Files.readString(sheet, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        Files.copy(sheet, checked.resolve("withdrawals-2026-11.csv"));

        Output check = check(checked, RUN_DATE.plusDays(1));

        assertThat(check.text()).contains("withdrawals-2026-11.csv: not read: already processed in the run of"
                + " 2026-11-30 as withdrawals-2026-11.csv (identical bytes); not read again");
        assertThat(check.text()).containsPattern("withdrawals-2026-11-again.csv: \\d+ row\\(s\\): 0 refund\\(s\\)");
        assertThat(check.text()).contains("already refunded in the run of 2026-11-30");
    }

    private record Output(int exitCode, String text) {
    }

    private Output check(Path what, LocalDate runDate) {
        List<String> args = new ArrayList<>(List.of("--check=" + what, "--out=" + checked, "--runDate=" + runDate,
                "--refund.catalog=" + properties.catalog(), "--refund.home=" + home));
        for (String setting : List.of("spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password")) {
            args.add("--" + setting + "=" + environment.getProperty(setting, ""));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exitCode = CheckCommand.run(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(exitCode, bytes.toString(StandardCharsets.UTF_8));
    }

    private Map<String, Long> ledgerRows() {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : List.of("refund", "credit_record", "reject", "staged_file", "BATCH_JOB_INSTANCE",
                "BATCH_STEP_EXECUTION")) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return rows;
    }

    /** Every file under the folder, by path, with its SHA-256. */
    private static Map<String, String> files(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }
}
