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

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxSheetReaderTests {

    @TempDir
    Path folder;

    @Nested
    class Cells {

        @Test
        void keepsLeadingZerosOfTextIdsAndReadsNumericIdsWithoutExponent() throws IOException {
            Path file = workbook(book -> {
                Sheet sheet = book.createSheet("Withdrawals");
                cells(sheet.createRow(0), "student_id", "last_name");
                Row row = sheet.createRow(1);
                row.createCell(0).setCellValue("00012345");
                row.createCell(1).setCellValue(20231234d);
            });

            List<SheetRow> rows = read(file);

            assertThat(rows).containsExactly(
                    row(1, text("student_id"), text("last_name")),
                    row(2, text("00012345"), number("20231234")));
        }

        @Test
        void showsNumbersAsExcelDoesWithoutFloatNoise() throws IOException {
            Path file = workbook(book -> {
                Row row = book.createSheet("Sheet1").createRow(0);
                row.createCell(0).setCellValue(1116.0000000000002);
                row.createCell(1).setCellValue(0.1 + 0.2);
                row.createCell(2).setCellValue(1116.5);
                row.createCell(3).setCellValue(-13.8);
            });

            assertThat(read(file)).containsExactly(
                    row(1, number("1116"), number("0.3"), number("1116.5"), number("-13.8")));
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
                row.createCell(2).setCellValue(46329); // the same serial, but without a date format
            });

            assertThat(read(file)).containsExactly(
                    row(1, date("2026-11-03"), date("2027-03-14T16:30:05"), number("46329")));
        }

        @Test
        void countsDatesFrom1904WhenTheWorkbookSaysSo() throws IOException {
            double serial = DateUtil.getExcelDate(LocalDate.of(2026, 11, 3), true);
            Path file = new HandMadeXlsx().date1904().styles(0, 14)
                    .sheet("Sheet1", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>" + serial + "</v></c></row>")
                    .writeTo(folder.resolve("mac.xlsx"));

            assertThat(read(file)).containsExactly(row(1, date("2026-11-03")));
        }

        @Test
        void readsFormulasByTheirCachedValueWithoutEvaluatingThem() throws IOException {
            Path file = workbook(book -> {
                Row row = book.createSheet("Sheet1").createRow(0);
                row.createCell(0).setCellValue(100);
                XSSFCell doubled = (XSSFCell) row.createCell(1);
                doubled.setCellFormula("A1*2");
                doubled.setCellValue(150); // stale: evaluating would give 200
                XSSFCell name = (XSSFCell) row.createCell(2);
                name.setCellFormula("\"Pee\"&\"ters\"");
                name.setCellValue("Janssens");
                XSSFCell flag = (XSSFCell) row.createCell(3);
                flag.setCellFormula("A1>1");
                flag.setCellValue(false);
                XSSFCell failed = (XSSFCell) row.createCell(4);
                failed.setCellFormula("VLOOKUP(A1,Z1:Z2,1,FALSE)");
                failed.setCellErrorValue(FormulaError.NA);
            });

            assertThat(read(file)).containsExactly(
                    row(1, number("100"), number("150"), text("Janssens"), bool("FALSE"), error("#N/A")));
        }

        @Test
        void readsInlineStringsWithRichTextRunsAndWithoutPhoneticGuides() throws IOException {
            Path file = new HandMadeXlsx().sheet("Sheet1", "<row r=\"1\">"
                    + "<c r=\"A1\" t=\"inlineStr\"><is><t>00042</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Van </t></r><r><t>Damme</t></r>"
                    + "<rPh sb=\"0\" eb=\"1\"><t>ヴァン</t></rPh></is></c>"
                    + "<c r=\"C1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">line_x000D_break &amp; more</t></is></c>"
                    + "</row>").writeTo(folder.resolve("inline.xlsx"));

            assertThat(read(file)).containsExactly(
                    row(1, text("00042"), text("Van Damme"), text("line\rbreak & more")));
        }

        @Test
        void readsSharedStringsWithRichTextBooleansErrorsAndIsoDateCells() throws IOException {
            Path file = new HandMadeXlsx().sharedStrings("<t>Peeters</t>", "<r><t>Ma</t></r><r><t>rie</t></r>")
                    .sheet("Sheet1", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                            + "<c r=\"C1\" t=\"b\"><v>1</v></c><c r=\"D1\" t=\"e\"><v>#DIV/0!</v></c>"
                            + "<c r=\"E1\" t=\"d\"><v>2026-11-03T00:00:00</v></c>"
                            + "<c r=\"F1\" t=\"n\"><v>2.0231234E7</v></c></row>")
                    .writeTo(folder.resolve("shared.xlsx"));

            assertThat(read(file)).containsExactly(row(1, text("Peeters"), text("Marie"), bool("TRUE"),
                    error("#DIV/0!"), date("2026-11-03"), number("20231234")));
        }
    }

    @Nested
    class Rows {

        @Test
        void skipsBlankRowsAndKeepsTheRowNumbersExcelShows() throws IOException {
            Path file = workbook(book -> {
                Sheet sheet = book.createSheet("Sheet1");
                cells(sheet.createRow(2), "student_id");
                sheet.createRow(3); // present but empty
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

        @Test
        void numbersRowsAndCellsWithoutReferencesByTheirPosition() throws IOException {
            Path file = new HandMadeXlsx().sheet("Sheet1", "<row><c t=\"inlineStr\"><is><t>a</t></is></c>"
                    + "<c><v>1</v></c></row><row r=\"5\"><c r=\"C5\"><v>2</v></c><c><v>3</v></c></row>"
                    + "<row><c t=\"inlineStr\"><is><t>b</t></is></c></row>").writeTo(folder.resolve("norefs.xlsx"));

            assertThat(read(file)).containsExactly(row(1, text("a"), number("1")),
                    row(5, blank(), blank(), number("2"), number("3")), row(6, text("b")));
        }

        @Test
        void readsPrefixedElementsAsWritten() throws IOException {
            Path file = new HandMadeXlsx().rawSheet("Sheet1", "<x:worksheet xmlns:x=\"" + HandMadeXlsx.MAIN + "\">"
                    + "<x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>id</x:t></x:is></x:c>"
                    + "</x:row></x:sheetData></x:worksheet>").writeTo(folder.resolve("prefixed.xlsx"));

            assertThat(read(file)).containsExactly(row(2, blank(), text("id")));
        }
    }

    @Nested
    class References {

        @Test
        void readsColumnLettersInEitherCaseUpToTheLastColumnExcelHas() throws IOException {
            Path file = new HandMadeXlsx().sheet("Sheet1", "<row r=\"1\"><c r=\"b1\"><v>1</v></c><c r=\"AB1\"><v>2</v>"
                    + "</c><c r=\"XFD1\"><v>3</v></c></row>").writeTo(folder.resolve("refs.xlsx"));

            SheetRow row = read(file).get(0);

            assertThat(row.cells()).hasSize(16_384);
            assertThat(row.cell(1)).isEqualTo(number("1"));
            assertThat(row.cell(27)).isEqualTo(number("2"));
            assertThat(row.cell(16_383)).isEqualTo(number("3"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"XFE1", "ZZZ1", "AAAAAAAAAAAAAAAAAAAAAAAAAA1", "1A", "$A$1", "\u00c91"})
        void refusesAReferenceToNoColumnOfAWorksheetAsDamage(String reference) throws IOException {
            Path file = new HandMadeXlsx().sheet("Sheet1", "<row r=\"1\"><c r=\"" + reference + "\"><v>1</v></c></row>")
                    .writeTo(folder.resolve("refs.xlsx"));

            assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("refs.xlsx row 1: the sheet is damaged and cannot be read further ('" + reference
                            + "' is not a cell reference)");
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
                book.setSheetVisibility(0, SheetVisibility.HIDDEN);
                book.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
                book.setActiveSheet(2);
            });

            assertThat(read(file)).containsExactly(row(1, text("visible")));
        }

        @Test
        void rejectsAWorkbookWithoutVisibleSheet() throws IOException {
            Path file = new HandMadeXlsx().sheet("Only", "hidden", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                    .writeTo(folder.resolve("hidden.xlsx"));

            assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableSheetException.class)
                    .hasMessage("hidden.xlsx: the workbook has no visible worksheet"
                            + " (unhide the sheet with the withdrawals)");
        }
    }

    private List<SheetRow> read(Path file) {
        return readAll(new XlsxSheetReader(file, file.getFileName().toString()));
    }

    private Path workbook(WorkbookContent content) throws IOException {
        Path file = folder.resolve("built.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
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
        void fill(XSSFWorkbook book);
    }
}
