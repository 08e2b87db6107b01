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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
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

    @Nested
    class CommentsOnRejectedRows {

        @Test
        void commentsOnlyTheFirstRejectedRowsAndSaysSoInTheSummary() throws Exception {
            // rows 2 to 9: the even ones, 2, 4, 6 and 8, rejected for their code (column D)
            Path file = write(new FeedbackWorkbook(100, 2), folder.resolve("a.xlsx"), 8);

            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                XSSFSheet rows = workbook.getSheet(FeedbackWorkbook.ROWS_SHEET);
                assertThat(rows.getCellComments().keySet()).containsExactlyInAnyOrder(new CellAddress("D2"),
                        new CellAddress("D4"));
                assertThat(rows.getCellComment(new CellAddress("D2")).getString().getString())
                        .isEqualTo("unknown code");
                assertThat(rows.getCellComment(new CellAddress("D4")).getString().getString())
                        .isEqualTo("unknown code");
                for (int r : new int[] {1, 3, 5, 7}) {
                    Row rejected = rows.getRow(r);
                    assertThat(rejected.getCell(6).getNumericCellValue()).as("row number").isEqualTo(r + 1);
                    assertThat(rejected.getCell(7).getStringCellValue()).isEqualTo("rejected");
                    assertThat(rejected.getCell(12).getStringCellValue()).isEqualTo("unknown code");
                    assertThat(fill(rejected.getCell(0))).isEqualTo(IndexedColors.ROSE.getIndex());
                    assertThat(fill(rejected.getCell(3))).isEqualTo(IndexedColors.RED.getIndex());
                    assertThat(fill(rejected.getCell(12))).isEqualTo(IndexedColors.ROSE.getIndex());
                }
                Sheet summary = workbook.getSheet(FeedbackWorkbook.SUMMARY_SHEET);
                assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).as("rejected").isEqualTo(4);
                assertThat(summary.getRow(10).getCell(0).getStringCellValue()).isEqualTo("The first 2 rejected rows"
                        + " carry a comment on the cell at fault; every rejected row has its reason in the column"
                        + " 'What to do'.");
                assertThat(summary.getRow(11).getCell(0).getStringCellValue()).isEqualTo("Rejected rows are marked"
                        + " red on the sheet 'Rows'. Correct those rows and drop only them again in a new sheet.");
            }
        }

        @Test
        void countsTheCommentOfARowRejectedWholeInTheCap() throws Exception {
            SheetRow first = row(2, "0500002", "Peeters", "Lotte", "MC-DATA", "2026-10-15", "");
            SheetRow second = row(3, "0500003", "Maes", "Sara", "MC-DATA", "2026-10-15", "");
            Path file = write(new FeedbackWorkbook(100, 1), folder.resolve("a.xlsx"), List.of(
                    new FeedbackRow(first, rejected(2, null, "this key was refunded on 2026-10-31")),
                    new FeedbackRow(second, rejected(3, null, "this key was refunded on 2026-10-31"))));

            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                XSSFSheet rows = workbook.getSheet(FeedbackWorkbook.ROWS_SHEET);
                assertThat(rows.getCellComments().keySet()).containsExactly(new CellAddress("M2"));
                assertThat(rows.getRow(2).getCell(12).getStringCellValue())
                        .isEqualTo("this key was refunded on 2026-10-31");
                assertThat(workbook.getSheet(FeedbackWorkbook.SUMMARY_SHEET).getRow(10).getCell(0)
                        .getStringCellValue()).isEqualTo("The first rejected row carries a comment on the cell at"
                                + " fault; every rejected row has its reason in the column 'What to do'.");
            }
        }

        @Test
        void commentsNoRowWithACapOfNoneAndSaysSo() throws Exception {
            Path file = write(new FeedbackWorkbook(100, 0), folder.resolve("a.xlsx"), 4);

            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                XSSFSheet rows = workbook.getSheet(FeedbackWorkbook.ROWS_SHEET);
                assertThat(rows.getCellComments()).isEmpty();
                assertThat(fill(rows.getRow(1).getCell(3))).isEqualTo(IndexedColors.RED.getIndex());
                assertThat(rows.getRow(3).getCell(12).getStringCellValue()).isEqualTo("unknown code");
                assertThat(workbook.getSheet(FeedbackWorkbook.SUMMARY_SHEET).getRow(10).getCell(0)
                        .getStringCellValue()).isEqualTo("The rejected rows carry no comment; every rejected row has"
                                + " its reason in the column 'What to do'.");
            }
        }

        @Test
        void saysNothingOfTheCapWhenEveryRejectedRowHasItsComment() throws Exception {
            Path file = write(new FeedbackWorkbook(100, 4), folder.resolve("a.xlsx"), 8);

            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                assertThat(workbook.getSheet(FeedbackWorkbook.ROWS_SHEET).getCellComments()).hasSize(4);
                Sheet summary = workbook.getSheet(FeedbackWorkbook.SUMMARY_SHEET);
                assertThat(summary.getRow(10).getCell(0).getStringCellValue()).startsWith("Rejected rows are marked"
                        + " red on the sheet 'Rows'; the cell at fault has a comment saying what to do.");
                assertThat(summary.getRow(11)).isNull();
            }
            assertThat(write(new FeedbackWorkbook(100, 1000), folder.resolve("b.xlsx"), 8)).as("a cap not reached")
                    .hasSameBinaryContentAs(file);
        }

        @Test
        void countsOnlyTheRejectedRowsItLists() throws Exception {
            // rows 2, 3 and 4 listed: two of the four rejected rows, both commented
            Path file = write(new FeedbackWorkbook(3, 2), folder.resolve("a.xlsx"), 8);

            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                assertThat(workbook.getSheet(FeedbackWorkbook.ROWS_SHEET).getCellComments()).hasSize(2);
                Sheet summary = workbook.getSheet(FeedbackWorkbook.SUMMARY_SHEET);
                assertThat(summary.getRow(10).getCell(0).getStringCellValue()).startsWith("Only the first 3 of the 8");
                assertThat(summary.getRow(11).getCell(0).getStringCellValue()).startsWith("Rejected rows are marked"
                        + " red on the sheet 'Rows'; the cell at fault has a comment");
            }
        }

        private static short fill(Cell cell) {
            return cell.getCellStyle().getFillForegroundColor();
        }
    }

    /** {@code rows} rows, the odd ones refunded 100.00, the even ones rejected, at most {@code cap} listed. */
    private Path write(Path target, int rows, int cap, SheetRow... given) throws IOException {
        return write(new FeedbackWorkbook(cap, 1000), target, rows, given);
    }

    /** {@code rows} rows, the odd ones refunded 100.00, the even ones rejected for their code. */
    private Path write(FeedbackWorkbook workbook, Path target, int rows, SheetRow... given) throws IOException {
        List<FeedbackRow> feedback = given.length > 0
                ? Arrays.stream(given).map(r -> new FeedbackRow(r, refund(r.number()))).toList()
                : IntStream.rangeClosed(2, rows + 1).mapToObj(n -> {
                    SheetRow row = row(n, "05000" + n, "Name " + n, "First", "MC-DATA", "2026-10-15", "");
                    return new FeedbackRow(row, n % 2 == 1 ? refund(n) : rejected(n, "micro_credential",
                            "unknown code"));
                }).toList();
        return write(workbook, target, feedback);
    }

    private static Path write(FeedbackWorkbook workbook, Path target, List<FeedbackRow> rows) throws IOException {
        HeaderSearch.Header header = HeaderSearch.find(reader(HEADER), "withdrawals.xlsx");
        return workbook.write(target, "withdrawals.xlsx", NIGHT, header.row(), header.mapping(), rows.iterator());
    }

    private static RowOutcome rejected(int n, String column, String reason) {
        return RowOutcome.of(new RejectRecord("withdrawals.xlsx", 1, n, column, column == null ? null : "MC-DATA",
                reason, List.of()));
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
