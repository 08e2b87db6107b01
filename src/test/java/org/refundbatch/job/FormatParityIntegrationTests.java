package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The same withdrawals, typed once into LibreOffice Calc with a Belgian locale and saved by it as a Belgian
 * CSV file ({@code ;}, Windows-1252, dates shown as 15/10/26, amounts as € 495,00), as {@code .xlsx} and as
 * {@code .xls} ({@code src/test/resources/parity}: {@code withdrawals.typed.tsv} is what was typed,
 * {@code sheets/type-in-calc.py} typed and saved it), each run as its own night on a fresh ledger, give the
 * same refunds, credit records and rejects.
 */
@SpringBatchTest
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormatParityIntegrationTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    private static final List<String> FORMATS = List.of("csv", "xlsx", "xls");

    /** Made here rather than by @TempDir: the context, and so the properties, come before @BeforeAll. */
    private static final Path home = temporaryHome();

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

    private final Map<String, NightOutputs> nights = new LinkedHashMap<>();

    @BeforeAll
    void runOneNightPerFormat() throws Exception {
        for (String format : FORMATS) {
            nights.put(format, night("withdrawals." + format));
        }
    }

    @AfterAll
    void removeHome() throws IOException {
        FileSystemUtils.deleteRecursively(home);
    }

    @ParameterizedTest(name = ".{0} as the CSV file")
    @ValueSource(strings = {"xlsx", "xls"})
    void givesTheSameRefundsCreditRecordsAndRejectsAsTheCsvFile(String format) {
        NightOutputs csv = nights.get("csv");
        NightOutputs workbook = nights.get(format);

        assertThat(comparable(workbook.refunds(), format)).isEqualTo(comparable(csv.refunds(), "csv"));
        assertThat(comparable(workbook.creditRecords(), format)).isEqualTo(comparable(csv.creditRecords(), "csv"));
        assertThat(comparable(workbook.rejects(), format)).isEqualTo(comparable(csv.rejects(), "csv"));
        assertThat(workbook.summary()).isEqualTo(csv.summary());
    }

    @ParameterizedTest(name = ".{0}")
    @ValueSource(strings = {"csv", "xlsx", "xls"})
    void endsEveryRowReadAsARefundOrAReject(String format) {
        NightOutputs night = nights.get(format);

        assertThat(night.rowsRead()).isEqualTo(18).isEqualTo(night.refundCount() + night.rowsRejected());
        assertThat(night.refunds().rows()).hasSize(9);
        assertThat(night.rejects().rows()).hasSize(9);
    }

    @Test
    void readsEveryWithdrawalAsItWasTyped() {
        CsvFile refunds = nights.get("csv").refunds();

        assertThat(refunds.rows()).extracting(r -> r.get("source_row"), r -> r.get("student_id"), r -> r.get("rule"),
                r -> r.get("registration_fee"), r -> r.get("entitlement"), r -> r.get("amount_paid"),
                r -> r.get("refund_amount"), r -> r.get("status")).containsExactly(
                tuple("2", "0301001", "FULL", "495.00", "495.00", "495.00", "495.00", "PAYABLE"),
                tuple("3", "0301002", "SECOND_SEMESTER_TUITION", "495.00", "124.20", "495.00", "124.20", "PAYABLE"),
                tuple("4", "0301003", "FULL_SECOND_SEMESTER_ONLY", "384.60", "384.60", "384.60", "384.60", "PAYABLE"),
                tuple("5", "0301004", "SECOND_SEMESTER_TUITION", "426.00", "55.20", "", "55.20", "PAYABLE"),
                tuple("6", "0301005", "FULL", "82.51", "82.51", "50.00", "50.00", "PAYABLE"),
                tuple("7", "0301006", "NO_REFUND", "495.00", "0.00", "", "0.00", "NOTHING_DUE"),
                tuple("8", "0301007", "SECOND_SEMESTER_TUITION", "495.00", "124.20", "400.00", "29.20", "PAYABLE"),
                tuple("9", "0301008", "FULL", "517.50", "517.50", "", "517.50", "ON_HOLD"),
                tuple("20", "0301017", "SECOND_SEMESTER_TUITION", "400.00", "0.00", "400.00", "0.00", "NOTHING_DUE"));
        assertThat(refunds.row("student_id", "0301002")).as("2026-27 and 3/11/2026, shown by Calc as 03/11/26")
                .containsEntry("academic_year", "2026-2027").containsEntry("withdrawal_date", "2026-11-03")
                .as("the cached text of =CONCATENATE(\"Van \";\"Damme\")").containsEntry("last_name", "Van Damme");
        assertThat(refunds.row("student_id", "0301003")).containsEntry("first_name", "Eléonore")
                .containsEntry("iban", "NL91ABNA0417164300");
        assertThat(refunds.row("student_id", "0301004")).as("an IBAN typed in lower case with spaces")
                .containsEntry("last_name", "Çakir").containsEntry("iban", "BE83363012345615");
        assertThat(refunds.row("student_id", "0301005")).as("the cached value of =25+25")
                .containsEntry("last_name", "Lemaître").containsEntry("amount_paid", "50.00");
        assertThat(refunds.row("student_id", "0301008")).as("the academic year of the withdrawal date")
                .containsEntry("academic_year", "2026-2027").containsEntry("withdrawal_date", "2026-10-01");
    }

    @Test
    void rejectsEveryFaultyRowWithItsReason() {
        CsvFile rejects = nights.get("csv").rejects();

        assertThat(rejects.rows()).extracting(r -> r.get("source_row"), r -> r.get("column"), r -> r.get("value"),
                r -> r.get("reason")).containsExactly(
                tuple("11", "micro_credential", "MC-NOPE", "unknown micro-credential MC-NOPE: the codes for 2026-2027"
                        + " are MC-DATA, MC-DUTCH, MC-ETHICS, MC-HEALTH, MC-PRIVACY, MC-SUSTAIN"),
                tuple("12", "withdrawal_date", "31/02/2026",
                        "'31/02/2026' is not a date: February 2026 has 28 days (write dd/mm/yyyy)"),
                tuple("13", "amount_paid", "900.00", "amount paid 900.00 is more than the registration fee 400.00"
                        + " of MC-PRIVACY 2026-2027: check the amount and the micro-credential"),
                tuple("14", "last_name", "", "the last name is missing: fill it in"),
                tuple("15", "iban", "BE00 1234 5678 9012", "'BE00 1234 5678 9012' is not a valid IBAN: its check"
                        + " digits do not match the rest, so a character is mistyped; copy the IBAN again from the"
                        + " student's bank details"),
                tuple("16", "student_id", "0301001", "already refunded earlier in this run (2026-11-30): 0301001"
                        + " / MC-DATA / 2026-2027 from withdrawals.csv row 2 (refund R20261130-001-0000002)"),
                tuple("17", "withdrawal_date", "2027-01-15", "withdrawal date 2027-01-15 is after the run date"
                        + " 2026-11-30: correct the date, or drop the row again once that day has passed"),
                tuple("18", "amount_paid", "ongeveer 300",
                        "'ongeveer 300' is not an amount: write the amount in euro, e.g. 1116,00"),
                tuple("19", "amount_paid", "#N/A",
                        "the cell shows the error #N/A, not a value: type the amount paid itself, or correct the formula"));
        assertThat(rejects.row("source_row", "13")).as("the row as read, to correct and drop again")
                .containsEntry("student_id", "0301011").containsEntry("last_name", "Martens")
                .containsEntry("withdrawal_date", "2026-10-20").containsEntry("amount_paid", "900.00")
                .containsEntry("iban", "BE12 0883 4567 8992").containsEntry("reference", "STOP-311");
    }

    private NightOutputs night(String sheet) throws Exception {
        TestDatabase.clean(jdbc);
        Path inbox = home.resolve("inbox");
        FileSystemUtils.deleteRecursively(inbox);
        FileSystemUtils.deleteRecursively(properties.workDir(RUN_DATE));
        Files.createDirectories(inbox);
        Files.copy(Path.of(getClass().getResource("/parity/" + sheet).toURI()), inbox.resolve(sheet));

        JobExecution execution = jobOperatorTestUtils.startJob(
                new JobParametersBuilder().addLocalDate("runDate", RUN_DATE).toJobParameters());

        assertThat(execution.getStatus()).as(sheet).isEqualTo(BatchStatus.COMPLETED);
        return NightOutputs.read(properties.outboxDir(RUN_DATE), RUN_DATE);
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("format-parity-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A listing without the sheet's name: its column, and where a reason names it. */
    private static List<Map<String, String>> comparable(CsvFile listing, String format) {
        return NightOutputs.withoutSourceFile(listing).stream().map(row -> {
            Map<String, String> copy = new LinkedHashMap<>();
            row.forEach((column, value) -> copy.put(column, value.replace("withdrawals." + format, "<sheet>")));
            return copy;
        }).toList();
    }
}
