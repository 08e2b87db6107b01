package org.refundbatch.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.intake.HeaderSearch;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.policy.RefundStatus;
import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetReader;
import org.refundbatch.sheet.SheetRow;

class FeedbackWorkbookTests {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);
    private static final SheetRow HEADER = row(1, "Rolnummer", "Familienaam", "Voornaam", "Code",
            "Datum stopzetting", "Opmerking");

    @TempDir
    Path folder;

    @Test
    void writesTheSameBytesWhenWrittenAgainLater() throws Exception {
        Path first = write(folder.resolve("a.xlsx"), 10, 3);
        // the zip's entry times count in two-second steps: a later write in another step must not differ
        Thread.sleep(2100);
        Path second = write(folder.resolve("b.xlsx"), 10, 3);

        assertThat(second).hasSameBinaryContentAs(first);
    }

    @Test
    void neverWritesAStaffValueAsAFormula() throws Exception {
        Path file = write(folder.resolve("a.xlsx"), 1, 1, row(2, "0500001", "=HYPERLINK(\"x\")", "+32", "@SUM(A1)",
                "2026-10-15", "-1"));

        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet rows = workbook.getSheet(FeedbackWorkbook.ROWS_SHEET);
            assertThat(rows.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(rows.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'+32");
            assertThat(rows.getRow(1).getCell(3).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(rows.getRow(1).getCell(5).getStringCellValue()).isEqualTo("'-1");
        }
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("<f>");
        }
    }

    @Test
    void writesBackACellOfTheMostTextASheetHoldsEvenWhenTheFormulaGuardLengthensIt() throws Exception {
        String longest = "=" + "x".repeat(32_766);
        Path file = write(folder.resolve("a.xlsx"), 1, 1, row(2, "0500001", longest, "Lotte", "MC-DATA",
                "2026-10-15", "ok"));

        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            String written = workbook.getSheet(FeedbackWorkbook.ROWS_SHEET).getRow(1).getCell(1).getStringCellValue();
            assertThat(written).hasSize(32_767).startsWith("'=x").isEqualTo("'" + longest.substring(0, 32_766));
        }
    }

    @Test
    void listsAtMostTheCapAndSaysSoInTheSummary() throws Exception {
        Path file = write(folder.resolve("a.xlsx"), 10, 4);

        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheet(FeedbackWorkbook.ROWS_SHEET).getLastRowNum()).isEqualTo(4);
            Sheet summary = workbook.getSheet(FeedbackWorkbook.SUMMARY_SHEET);
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).as("rows read").isEqualTo(10);
            assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).as("rejected").isEqualTo(5);
            assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).as("to be paid").isEqualTo(500.0);
            assertThat(summary.getRow(10).getCell(0).getStringCellValue()).isEqualTo(
                    "Only the first 4 of the 10 rows are listed on the sheet 'Rows'; the figures above count them all.");
        }
    }

    /** {@code rows} rows, the odd ones refunded 100.00, the even ones rejected, at most {@code cap} listed. */
    private Path write(Path target, int rows, int cap, SheetRow... given) throws IOException {
        HeaderSearch.Header header = HeaderSearch.find(reader(HEADER), "withdrawals.xlsx");
        Iterator<FeedbackRow> feedback = (given.length > 0 ? Arrays.stream(given).map(
                r -> new FeedbackRow(r, refund(r.number()))) : IntStream.rangeClosed(2, rows + 1).mapToObj(n -> {
                    SheetRow row = row(n, "05000" + n, "Name " + n, "First", "MC-DATA", "2026-10-15", "");
                    return new FeedbackRow(row, n % 2 == 1 ? refund(n) : RowOutcome.of(new RejectRecord(
                            "withdrawals.xlsx", 1, n, "micro_credential", "MC-DATA", "unknown code", List.of())));
                })).iterator();
        return new FeedbackWorkbook(cap).write(target, "withdrawals.xlsx", NIGHT, header.row(), header.mapping(),
                feedback);
    }

    private static RowOutcome refund(int n) {
        return new RowOutcome("R-" + n, "FULL", new BigDecimal("100.00"), RefundStatus.PAYABLE, null, null);
    }

    private static SheetRow row(int number, String... values) {
        return new SheetRow(number, Arrays.stream(values).map(SheetCell::text).toList());
    }

    private static SheetReader reader(SheetRow row) {
        Iterator<SheetRow> rows = List.of(row).iterator();
        return new SheetReader() {
            @Override
            public SheetRow next() {
                return rows.hasNext() ? rows.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }
}
