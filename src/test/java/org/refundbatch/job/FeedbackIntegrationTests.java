package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A night of three sheets saved by Calc: a good one, one with a title row, an extra column and a rejected row, and
 * one rejected whole. Each gets its own feedback workbook, read back cell by cell against the night's outbox.
 */
@SpringBatchTest
@DatabaseTest
@SpringBootTest(properties = "refund.runner.enabled=false")
class FeedbackIntegrationTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2027, 3, 31);
    private static final List<String> STAFF_HEADER = List.of("Rolnummer", "Familienaam", "Voornaam", "Code",
            "Academiejaar", "Datum stopzetting", "Bedrag betaald", "Rekeningnummer", "BIC", "Referentie", "Opmerking");
    private static final List<String> OUTCOME_HEADER = List.of("Row", "Outcome", "Refund id", "Rule", "Refund amount",
            "Status", "What to do");

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerNight(registry, home);
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    RefundProperties properties;

    private static NightOutputs night;
    private static Path feedback;

    @BeforeAll
    static void dropThreeSheets() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.copy(resource("/sheets/title-row.xlsx"), inbox.resolve("december.xlsx"));
        Files.copy(resource("/corpus/good.csv"), inbox.resolve("good.csv"));
        Files.copy(resource("/corpus/missing-column.xlsx"), inbox.resolve("missing-column.xlsx"));
    }

    private void runTheNight() throws Exception {
        if (night != null) {
            return;
        }
        JobExecution execution = jobOperatorTestUtils.startJob(
                new JobParametersBuilder().addLocalDate("runDate", RUN_DATE).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        night = NightOutputs.read(properties.outboxDir(RUN_DATE), RUN_DATE);
        feedback = home.resolve("feedback").resolve(RUN_DATE.toString());
    }

    @Test
    void writesOneFeedbackWorkbookPerFileOfTheNight() throws Exception {
        runTheNight();
        try (Stream<Path> files = Files.list(feedback)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "december-feedback.xlsx", "good-feedback.xlsx", "missing-column-feedback.xlsx");
        }
    }

    @Test
    void listsTheStaffsOwnRowsAndColumnsWithTheirOutcomes() throws Exception {
        runTheNight();
        try (Workbook workbook = open("december-feedback.xlsx")) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            Sheet rows = workbook.getSheet("Rows");
            List<String> header = new ArrayList<>(STAFF_HEADER);
            header.addAll(OUTCOME_HEADER);
            assertThat(texts(rows.getRow(0))).isEqualTo(header);
            assertThat(rows.getLastRowNum()).isEqualTo(4);

            Map<String, String> refund = night.refunds().row("source_row", "4");
            Row first = rows.getRow(1);
            assertThat(texts(first).subList(0, 4)).containsExactly("0500301", "Maes", "Sara", "MC-DATA");
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 15));
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(495.0);
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("per mail");
            assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(4.0);
            assertThat(first.getCell(12).getStringCellValue()).isEqualTo("refund");
            assertThat(first.getCell(13).getStringCellValue()).isEqualTo(refund.get("refund_id"));
            assertThat(first.getCell(14).getStringCellValue()).isEqualTo("FULL");
            assertThat(BigDecimal.valueOf(first.getCell(15).getNumericCellValue())).isEqualByComparingTo("495.00");
            assertThat(first.getCell(16).getStringCellValue()).isEqualTo("PAYABLE");
            assertThat(first.getCell(5).getCellComment()).isNull();

            assertThat(rows.getRow(2).getCell(14).getStringCellValue()).isEqualTo("FULL_SECOND_SEMESTER_ONLY");
            assertThat(rows.getRow(4).getCell(14).getStringCellValue()).isEqualTo("NO_REFUND");
            assertThat(rows.getRow(4).getCell(16).getStringCellValue()).isEqualTo("NOTHING_DUE");
        }
    }

    @Test
    void marksTheRejectedRowAndCommentsTheCellAtFault() throws Exception {
        runTheNight();
        Map<String, String> reject = night.rejects().row("source_file", "december.xlsx");
        assertThat(reject.get("source_row")).isEqualTo("6");
        try (Workbook workbook = open("december-feedback.xlsx")) {
            Row rejected = workbook.getSheet("Rows").getRow(3);
            assertThat(texts(rejected).subList(0, 6)).containsExactly("0500303", "Janssens", "An", "MC-DATA",
                    "2026-2027", "31/02/2026");
            assertThat(rejected.getCell(11).getNumericCellValue()).isEqualTo(6.0);
            assertThat(rejected.getCell(12).getStringCellValue()).isEqualTo("rejected");
            assertThat(rejected.getCell(13)).isNull();
            assertThat(rejected.getCell(17).getStringCellValue()).isEqualTo(reject.get("reason"));

            Cell date = rejected.getCell(5);
            assertThat(date.getCellComment().getString().getString()).isEqualTo(reject.get("reason"));
            assertThat(date.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(rejected.getCell(0).getCellComment()).isNull();
            assertThat(rejected.getCell(0).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(workbook.getSheet("Rows").getRow(1).getCell(0).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(IndexedColors.ROSE.getIndex());
        }
    }

    @Test
    void summarisesEachSheetWithTheOutboxFiguresOfThatSheet() throws Exception {
        runTheNight();
        for (String file : List.of("december.xlsx", "good.csv")) {
            List<Map<String, String>> refunds = night.refunds().rowsWith("source_file", file);
            BigDecimal payable = refunds.stream().filter(r -> r.get("status").equals("PAYABLE"))
                    .map(r -> new BigDecimal(r.get("refund_amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            long onHold = refunds.stream().filter(r -> r.get("status").equals("ON_HOLD")).count();
            long rejects = night.rejects().rowsWith("source_file", file).size();
            String name = file.substring(0, file.lastIndexOf('.')) + "-feedback.xlsx";
            try (Workbook workbook = open(name)) {
                Sheet summary = workbook.getSheet("Summary");
                assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Feedback on " + file);
                assertThat(figure(summary, "Rows read")).isEqualTo(refunds.size() + rejects);
                assertThat(figure(summary, "Refunds")).isEqualTo(refunds.size());
                assertThat(figure(summary, "of which on hold (no account)")).isEqualTo(onHold);
                assertThat(figure(summary, "Rejected rows")).isEqualTo(rejects);
                assertThat(amount(summary, "Total to be paid")).isEqualByComparingTo(payable);
            }
        }
        try (Workbook workbook = open("december-feedback.xlsx")) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(figure(summary, "Rows read")).isEqualTo(4);
            assertThat(figure(summary, "Rejected rows")).isEqualTo(1);
            assertThat(amount(summary, "Total to be paid")).isEqualByComparingTo("879.60");
        }
    }

    @Test
    void tellsWhyARejectedFileWasNotRead() throws Exception {
        runTheNight();
        Map<String, String> reject = night.rejects().row("source_file", "missing-column.xlsx");
        try (Workbook workbook = open("missing-column-feedback.xlsx")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("The file was not read");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo(reject.get("reason"))
                    .contains("no column withdrawal_date");
        }
    }

    @Test
    void holdsOnlyTheRowsOfItsOwnSheet() throws Exception {
        runTheNight();
        try (Workbook workbook = open("good-feedback.xlsx")) {
            Sheet rows = workbook.getSheet("Rows");
            assertThat(rows.getLastRowNum()).isEqualTo(2);
            assertThat(texts(rows.getRow(1)).get(0)).isEqualTo("0500101");
            assertThat(texts(rows.getRow(2)).get(0)).isEqualTo("0500102");
        }
    }

    private static Workbook open(String name) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(feedback.resolve(name)));
    }

    private static long figure(Sheet summary, String label) {
        return (long) figureCell(summary, label).getNumericCellValue();
    }

    private static BigDecimal amount(Sheet summary, String label) {
        return BigDecimal.valueOf(figureCell(summary, label).getNumericCellValue());
    }

    private static Cell figureCell(Sheet summary, String label) {
        for (Row row : summary) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no figure " + label);
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }

    private static Path resource(String name) throws Exception {
        return Path.of(FeedbackIntegrationTests.class.getResource(name).toURI());
    }
}
