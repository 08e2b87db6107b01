package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.run.NightlyRun;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

/** The whole job on the sample sheet and catalogue: every refund, credit record and reject, exactly. */
@DatabaseTest
@SpringBatchTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class RefundJobIntegrationTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);

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

    private int exitCode;

    @BeforeEach
    void dropTheSampleSheet() throws IOException {
        TestDatabase.clean(jdbc);
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        try (var files = Files.list(inbox)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.copy(Path.of("input-samples/withdrawals-2026-11.csv"), inbox.resolve("withdrawals-2026-11.csv"));
    }

    @Test
    void turnsTheSampleWithdrawalsIntoRefundsCreditRecordsAndRejects() throws Exception {
        JobExecution execution = jobOperatorTestUtils.startJob(
                new JobParametersBuilder().addLocalDate("runDate", RUN_DATE).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution intake = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("intake")).findFirst().orElseThrow();
        assertThat(intake.getReadCount()).isEqualTo(20);
        assertThat(intake.getWriteCount()).isEqualTo(20);

        Path outbox = properties.outboxDir(RUN_DATE);
        CsvFile refunds = CsvFile.read(outbox.resolve("reimbursements-2026-11-30.csv"));
        assertThat(refunds.rows()).extracting(r -> r.get("student_id"), r -> r.get("rule"), r -> r.get("registration_fee"),
                r -> r.get("entitlement"), r -> r.get("amount_paid"), r -> r.get("refund_amount"), r -> r.get("status"))
                .containsExactly(
                        tuple("0123456", "FULL", "495.00", "495.00", "", "495.00", "PAYABLE"),
                        tuple("0234567", "SECOND_SEMESTER_TUITION", "495.00", "124.20", "495.00", "124.20", "PAYABLE"),
                        tuple("0345678", "FULL_SECOND_SEMESTER_ONLY", "384.60", "384.60", "384.60", "384.60", "PAYABLE"),
                        tuple("0456789", "SECOND_SEMESTER_TUITION", "426.00", "55.20", "", "55.20", "PAYABLE"),
                        tuple("0567890", "SECOND_SEMESTER_TUITION", "400.00", "0.00", "", "0.00", "NOTHING_DUE"),
                        tuple("0678901", "NO_REFUND", "495.00", "0.00", "", "0.00", "NOTHING_DUE"),
                        tuple("0789012", "FULL", "82.51", "82.51", "50.00", "50.00", "PAYABLE"),
                        tuple("0890123", "SECOND_SEMESTER_TUITION", "495.00", "124.20", "400.00", "29.20", "PAYABLE"),
                        tuple("0901234", "FULL", "517.50", "517.50", "", "517.50", "ON_HOLD"),
                        tuple("1012345", "FULL", "384.60", "384.60", "", "384.60", "PAYABLE"),
                        tuple("1123456", "SECOND_SEMESTER_TUITION", "495.00", "124.20", "", "124.20", "PAYABLE"),
                        tuple("1901234", "SECOND_SEMESTER_TUITION", "82.51", "48.13", "", "48.13", "PAYABLE"));
        assertThat(refunds.row("student_id", "0123456")).containsEntry("refund_id", "R20261130-001-0000002")
                .containsEntry("iban", "BE68539007547034").containsEntry("reference", "WD-2026-001")
                .containsEntry("source_file", "withdrawals-2026-11.csv").containsEntry("source_row", "2")
                .containsEntry("withdrawal_date", "2026-10-15").containsEntry("academic_year", "2026-2027");
        assertThat(refunds.row("student_id", "1012345")).as("academic year from the withdrawal date")
                .containsEntry("academic_year", "2026-2027");
        assertThat(refunds.row("student_id", "1901234")).as("a formula is neutralised")
                .containsEntry("reference", "'=HYPERLINK(\"http://example.com\")");

        CsvFile credits = CsvFile.read(outbox.resolve("credit-records-2026-11-30.csv"));
        Map<String, BigDecimal> refundedPerRefund = credits.rows().stream()
                .filter(c -> c.get("credit_status").equals("REFUNDED"))
                .collect(Collectors.groupingBy(c -> c.get("refund_id"),
                        Collectors.reducing(BigDecimal.ZERO, c -> new BigDecimal(c.get("amount")), BigDecimal::add)));
        for (Map<String, String> refund : refunds.rows()) {
            assertThat(refundedPerRefund.getOrDefault(refund.get("refund_id"), BigDecimal.ZERO))
                    .as("credit records of %s", refund.get("refund_id"))
                    .isEqualByComparingTo(refund.get("entitlement"));
        }
        assertThat(credits.rowsWith("refund_id", "R20261130-001-0000005"))
                .extracting(c -> c.get("course_unit"), c -> c.get("semester"), c -> c.get("amount"),
                        c -> c.get("credit_status"))
                .containsExactly(tuple("SB-401", "J", "82.80", "RETAINED"), tuple("SB-402", "2", "55.20", "REFUNDED"));
        assertThat(credits.rowsWith("refund_id", "R20261130-001-0000004")).extracting(c -> c.get("course_unit"))
                .containsExactly("AE-201", "AE-202", "FIXED_FEE");
        assertThat(credits.rowsWith("refund_id", "R20261130-001-0000008"))
                .extracting(c -> c.get("course_unit"), c -> c.get("credits"), c -> c.get("amount"))
                .as("decimal credits, half-up per line, no fixed-fee line when the fixed fee is zero")
                .containsExactly(tuple("AD-501", "2.5", "34.38"), tuple("AD-502", "3.5", "48.13"));

        CsvFile rejects = CsvFile.read(outbox.resolve("rejected-2026-11-30.csv"));
        assertThat(rejects.rows()).extracting(r -> r.get("source_row"), r -> r.get("column"), r -> r.get("value"),
                r -> r.get("reason")).containsExactly(
                tuple("14", "micro_credential", "MC-NOPE", "unknown micro-credential MC-NOPE: the codes for 2026-2027"
                        + " are MC-DATA, MC-DUTCH, MC-ETHICS, MC-HEALTH, MC-PRIVACY, MC-SUSTAIN"),
                tuple("15", "withdrawal_date", "31/02/2026",
                        "'31/02/2026' is not a date: February 2026 has 28 days (write dd/mm/yyyy)"),
                tuple("16", "withdrawal_date", "2027-01-15", "withdrawal date 2027-01-15 is after the run date"
                        + " 2026-11-30: correct the date, or drop the row again once that day has passed"),
                tuple("17", "amount_paid", "900.00", "amount paid 900.00 is more than the registration fee 400.00"
                        + " of MC-PRIVACY 2026-2027: check the amount and the micro-credential"),
                tuple("18", "iban", "BE00 1234 5678 9012", "'BE00 1234 5678 9012' is not a valid IBAN: its check"
                        + " digits do not match the rest, so a character is mistyped; copy the IBAN again from the"
                        + " student's bank details"),
                tuple("19", "last_name", "", "the last name is missing: fill it in"),
                tuple("20", "student_id", "0123456", "already refunded earlier in this run (2026-11-30): "
                        + "0123456 / MC-DATA / 2026-2027 from withdrawals-2026-11.csv row 2 (refund R20261130-001-0000002)"),
                tuple("21", "amount_paid", "about 300",
                        "'about 300' is not an amount: write the amount in euro, e.g. 1116,00"));
        assertThat(rejects.row("source_row", "17")).containsEntry("student_id", "1567890")
                .containsEntry("last_name", "Michiels").containsEntry("first_name", "Zoë")
                .containsEntry("reference", "WD-2026-015");

        String summary = Files.readString(outbox.resolve("run-summary-2026-11-30.json"));
        assertThat(summary).contains("\"rows_read\" : 20", "\"refunds\" : 12", "\"rows_rejected\" : 8",
                "\"total_payable\" : 1695.13", "\"total_entitlement\" : 2340.14");
    }

    @Test
    void writesABankFileAndAWorkbookThatAgreeWithTheCsv() throws Exception {
        JobExecution execution = jobOperatorTestUtils.startJob(
                new JobParametersBuilder().addLocalDate("runDate", RUN_DATE).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path outbox = properties.outboxDir(RUN_DATE);
        CsvFile refunds = CsvFile.read(outbox.resolve("reimbursements-2026-11-30.csv"));
        List<Map<String, String>> payable = refunds.rowsWith("status", "PAYABLE");

        Path xml = outbox.resolve("reimbursements-2026-11-30.xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/pain.001.001.09.xsd")).newValidator()
                .validate(new StreamSource(xml.toFile()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document bankFile = factory.newDocumentBuilder().parse(xml.toFile());
        assertThat(text(bankFile, "MsgId")).containsExactly("REFUND-20261130");
        assertThat(text(bankFile, "NbOfTxs")).containsExactly("9", "9");
        assertThat(text(bankFile, "CtrlSum")).containsExactly("1695.13", "1695.13");
        assertThat(text(bankFile, "ReqdExctnDt").get(0).strip()).isEqualTo("2026-12-01");
        assertThat(text(bankFile, "EndToEndId"))
                .containsExactlyElementsOf(payable.stream().map(r -> r.get("refund_id")).toList());
        assertThat(text(bankFile, "InstdAmt"))
                .containsExactlyElementsOf(payable.stream().map(r -> r.get("refund_amount")).toList());
        assertThat(jdbc.queryForMap("SELECT msg_id, nb_of_txs, ctrl_sum FROM issued_message"))
                .containsEntry("MSG_ID", "REFUND-20261130").containsEntry("NB_OF_TXS", 9L);

        try (Workbook workbook = new XSSFWorkbook(outbox.resolve("refund-report-2026-11-30.xlsx").toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            Sheet sheet = workbook.getSheet("Refunds");
            assertThat(sheet.getLastRowNum()).isEqualTo(refunds.rows().size());
            BigDecimal workbookTotal = BigDecimal.ZERO;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(refunds.rows().get(i - 1).get("refund_id"));
                workbookTotal = workbookTotal.add(BigDecimal.valueOf(row.getCell(11).getNumericCellValue()));
            }
            BigDecimal csvTotal = refunds.rows().stream().map(r -> new BigDecimal(r.get("refund_amount")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(workbookTotal).isEqualByComparingTo(csvTotal).isEqualByComparingTo("2212.63");
            assertThat(workbook.getSheet("Rejected").getLastRowNum()).isEqualTo(8);
        }
    }

    private static List<String> text(Document document, String element) {
        var nodes = document.getElementsByTagNameNS("*", element);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent())
                .toList();
    }

    @Test
    void aSecondRunOfTheSameDateAfterSuccessChangesNothing() throws Exception {
        exitCode = nightlyRun.run(LocalDate.parse("2026-11-30"));
        assertThat(exitCode).isZero();
        List<Map<String, Object>> before = jdbc.queryForList("SELECT * FROM refund ORDER BY refund_id");
        Path csv = properties.outboxDir(RUN_DATE).resolve("reimbursements-2026-11-30.csv");
        long modified = Files.getLastModifiedTime(csv).toMillis();
        Files.copy(Path.of("input-samples/catalog.csv"), home.resolve("inbox/new-sheet.csv"));

        exitCode = nightlyRun.run(LocalDate.parse("2026-11-30"));

        assertThat(exitCode).isZero();
        assertThat(jdbc.queryForList("SELECT * FROM refund ORDER BY refund_id")).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(csv).toMillis()).isEqualTo(modified);
    }

    @Test
    void theSameSheetOnTheNextNightPaysNothingAgain() throws Exception {
        exitCode = nightlyRun.run(LocalDate.parse("2026-11-30"));
        Path inbox = home.resolve("inbox");
        // a corrected sheet: same keys, other bytes
        Files.writeString(inbox.resolve("withdrawals-2026-11-corrected.csv"),
                Files.readString(inbox.resolve("withdrawals-2026-11.csv")).replace("WD-2026-001", "WD-2026-001b"));

        exitCode = nightlyRun.run(LocalDate.parse("2026-12-01"));

        assertThat(exitCode).isZero();
        Path outbox = properties.outboxDir(LocalDate.of(2026, 12, 1));
        assertThat(CsvFile.read(outbox.resolve("reimbursements-2026-12-01.csv")).rows()).isEmpty();
        CsvFile rejects = CsvFile.read(outbox.resolve("rejected-2026-12-01.csv"));
        assertThat(rejects.row("source_file", "withdrawals-2026-11.csv").get("reason"))
                .isEqualTo("already processed in the run of 2026-11-30 as withdrawals-2026-11.csv (identical bytes);"
                        + " not read again");
        assertThat(rejects.row("student_id", "0123456").get("reason")).isEqualTo("already refunded in the run of "
                + "2026-11-30: 0123456 / MC-DATA / 2026-2027 from withdrawals-2026-11.csv row 2 (refund "
                + "R20261130-001-0000002)");
        assertThat(rejects.rowsWith("source_file", "withdrawals-2026-11-corrected.csv")).hasSize(20);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refund", Integer.class)).isEqualTo(12);
    }
}
