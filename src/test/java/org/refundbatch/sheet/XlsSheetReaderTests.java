package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refundbatch.sheet.SheetCells.blank;
import static org.refundbatch.sheet.SheetCells.bool;
import static org.refundbatch.sheet.SheetCells.date;
import static org.refundbatch.sheet.SheetCells.error;
import static org.refundbatch.sheet.SheetCells.number;
import static org.refundbatch.sheet.SheetCells.readAll;
import static org.refundbatch.sheet.SheetCells.row;
import static org.refundbatch.sheet.SheetCells.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsSheetReaderTests {

    @TempDir
    Path folder;

    @Nested
    class Cells {

        @Test
        void keepsLeadingZerosOfTextIdsAndReadsNumericIdsWithoutExponent() throws IOException {
            Path file = workbook(book -> {
                Sheet sheet = book.createSheet("Withdrawals");
                cells(sheet.createRow(0), "student_id", "amount_paid");
                Row row = sheet.createRow(1);
                row.createCell(0).setCellValue("00012345");
                row.createCell(1).setCellValue(20231234d);
                row.createCell(2).setCellValue(1116.0000000000002);
                row.createCell(3).setCellValue(0.1 + 0.2);
            });

            assertThat(read(file)).containsExactly(
                    row(1, text("student_id"), text("amount_paid")),
                    row(2, text("00012345"), number("20231234"), number("1116"), number("0.3")));
        }

        @Test
        void readsNumbersWithADateFormatAsDates() throws IOException {
            Path file = workbook(book -> {
                CellStyle day = book.createCellStyle();
                day.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
                CellStyle stamp = book.createCellStyle();
                stamp.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
                Row row = book.createSheet("Sheet1").createRow(0);
                row.createCell(0).setCellValue(LocalDate.of(2026, 11, 3));
                row.getCell(0).setCellStyle(day);
                row.createCell(1).setCellValue(LocalDateTime.of(2027, 3, 14, 16, 30, 5));
                row.getCell(1).setCellStyle(stamp);
                row.createCell(2).setCellValue(46329);
            });

            assertThat(read(file)).containsExactly(
                    row(1, date("2026-11-03"), date("2027-03-14T16:30:05"), number("46329")));
        }

        @Test
        void countsDatesFrom1904WhenTheWorkbookSaysSo() throws IOException {
            Path file = workbook(book -> {
                ((DateWindow1904Record) book.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                        .setWindowing((short) 1);
                CellStyle day = book.createCellStyle();
                day.setDataFormat((short) 14);
                Row row = book.createSheet("Sheet1").createRow(0);
                row.createCell(0).setCellValue(DateUtil.getExcelDate(LocalDate.of(2026, 11, 3), true));
                row.getCell(0).setCellStyle(day);
            });

            assertThat(read(file)).containsExactly(row(1, date("2026-11-03")));
        }

        @Test
        void readsFormulasByTheirCachedValueWithoutEvaluatingThem() throws IOException {
            Path file = workbook(book -> {
                Row row = book.createSheet("Sheet1").createRow(0);
                row.createCell(0).setCellValue(100);
                HSSFCell doubled = (HSSFCell) row.createCell(1);
                doubled.setCellFormula("A1*2");
                doubled.setCellValue(150); // stale: evaluating would give 200
                HSSFCell name = (HSSFCell) row.createCell(2);
                name.setCellFormula("\"Pee\"&\"ters\"");
                name.setCellValue("Janssens");
                HSSFCell flag = (HSSFCell) row.createCell(3);
                flag.setCellFormula("A1>1");
                flag.setCellValue(false);
                HSSFCell failed = (HSSFCell) row.createCell(4);
                failed.setCellFormula("VLOOKUP(A1,Z1:Z2,1,FALSE)");
                failed.setCellErrorValue(FormulaError.NA);
                row.createCell(5).setCellValue(true);
                row.createCell(6).setCellErrorValue(FormulaError.DIV0.getCode());
            });

            assertThat(read(file)).containsExactly(row(1, number("100"), number("150"), text("Janssens"),
                    bool("FALSE"), error("#N/A"), bool("TRUE"), error("#DIV/0!")));
        }
    }

    @Nested
    class Rows {

        @Test
        void skipsBlankRowsAndKeepsTheRowNumbersExcelShows() throws IOException {
            Path file = workbook(book -> {
                Sheet sheet = book.createSheet("Sheet1");
                cells(sheet.createRow(2), "student_id");
                sheet.createRow(3).createCell(0).setBlank();
                sheet.createRow(4).createCell(0).setCellValue("   ");
                cells(sheet.createRow(7), "r0001");
            });

            assertThat(read(file)).containsExactly(row(3, text("student_id")), row(8, text("r0001")));
        }

        @Test
        void fillsGapsWithBlankCellsAndDropsEmptyColumnsAtTheEnd() throws IOException {
            Path file = workbook(book -> {
                Row row = book.createSheet("Sheet1").createRow(0);
                row.createCell(1).setCellValue("B");
                row.createCell(3).setCellValue("D");
                row.createCell(5).setCellStyle(book.createCellStyle());
                row.createCell(6).setBlank();
                row.createCell(9).setBlank();
            });

            assertThat(read(file)).containsExactly(row(1, blank(), text("B"), blank(), text("D")));
        }

        @Test
        void readsHiddenRowsLikeAnyOther() throws IOException {
            Path file = workbook(book -> {
                Sheet sheet = book.createSheet("Sheet1");
                cells(sheet.createRow(0), "kept");
                Row hidden = sheet.createRow(1);
                cells(hidden, "hidden but data");
                hidden.setZeroHeight(true);
            });

            assertThat(read(file)).containsExactly(row(1, text("kept")), row(2, text("hidden but data")));
        }
    }

    @Nested
    class Sheets {

        @Test
        void readsTheFirstVisibleSheetPassingOverHiddenOnes() throws IOException {
            Path file = workbook(book -> {
                cells(book.createSheet("Lookups").createRow(0), "hidden");
                cells(book.createSheet("Secret").createRow(0), "very hidden");
                cells(book.createSheet("Withdrawals").createRow(0), "visible");
                cells(book.createSheet("Later").createRow(0), "second visible");
                book.setActiveSheet(2);
                book.setSheetVisibility(0, SheetVisibility.HIDDEN);
                book.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            });

            assertThat(read(file)).containsExactly(row(1, text("visible")));
        }

        @Test
        void rejectsAPasswordProtectedWorkbook() throws IOException {
            Path file = folder.resolve("protected.xls");
            Biff8EncryptionKey.setCurrentUserPassword("s3cret");
            try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                cells(book.createSheet("Sheet1").createRow(0), "student_id");
                book.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }

            assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("protected.xls: the workbook is password-protected;"
                            + " remove the password in Excel (File > Info > Protect Workbook) and save it again");
        }
    }

    private List<SheetRow> read(Path file) {
        return readAll(new XlsSheetReader(file, file.getFileName().toString()));
    }

    private Path workbook(WorkbookContent content) throws IOException {
        Path file = folder.resolve("built.xls");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.fill(book);
            book.write(out);
        }
        return file;
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    @FunctionalInterface
    private interface WorkbookContent {
        void fill(HSSFWorkbook book);
    }
}
