package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.ledger.Column;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;

class RefundReportWriterTests {

    @TempDir
    Path outbox;

    @Test
    void putsTheSummaryFirstThenTheListingsWithTheCsvColumns() throws Exception {
        try (XSSFWorkbook workbook = writeSample(new RefundReportWriter())) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Refunds", "Credit records", "Rejected");
            assertThat(header(workbook.getSheet("Refunds"))).containsExactly("refund_id", "student_id", "last_name",
                    "first_name", "micro_credential", "academic_year", "withdrawal_date", "rule", "registration_fee",
                    "entitlement", "amount_paid", "refund_amount", "status", "iban", "reference", "source_file",
                    "source_row");
            assertThat(header(workbook.getSheet("Credit records"))).containsExactly("refund_id", "student_id",
                    "micro_credential", "academic_year", "course_unit", "course_unit_name", "semester", "credits",
                    "tuition_per_credit", "amount", "credit_status");
            List<String> rejected = new ArrayList<>(List.of("source_file", "source_row", "column", "value",
                    "reason"));
            rejected.addAll(Column.headers());
            assertThat(header(workbook.getSheet("Rejected"))).containsExactlyElementsOf(rejected);
        }
    }

    @Test
    void writesAmountsAsNumbersAndDatesAsDates() throws Exception {
        try (XSSFWorkbook workbook = writeSample(new RefundReportWriter())) {
            Row refund = workbook.getSheet("Refunds").getRow(1);
            assertAmount(refund.getCell(8), 1116.00);
            assertAmount(refund.getCell(11), 1116.00);
            assertThat(refund.getCell(10)).as("amount_paid left blank").isNull();
            Cell withdrawal = refund.getCell(6);
            assertThat(DateUtil.isCellDateFormatted(withdrawal)).isTrue();
            assertThat(withdrawal.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(withdrawal.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 15));
            assertThat(refund.getCell(16).getNumericCellValue()).isEqualTo(2);
            assertThat(refund.getCell(7).getStringCellValue()).isEqualTo("FULL");
            assertThat(refund.getCell(1).getStringCellValue()).as("student id kept as text").startsWith("0");

            Row credit = workbook.getSheet("Credit records").getRow(3);
            assertThat(credit.getCell(7).getNumericCellValue()).isEqualTo(4.5);
            assertThat(credit.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertAmount(credit.getCell(8), 13.80);
            assertAmount(credit.getCell(9), 62.10);
            assertThat(credit.getCell(10).getStringCellValue()).isEqualTo("RETAINED");
        }
    }

    @Test
    void freezesAndFiltersTheHeaderOfEveryListing() throws Exception {
        try (XSSFWorkbook workbook = writeSample(new RefundReportWriter())) {
            for (String name : List.of("Refunds", "Credit records", "Rejected")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).as(name).isTrue();
                assertThat(sheet.getColumnWidth(0)).as(name).isGreaterThan(10 * 256);
            }
            assertThat(autoFilter(workbook, "Refunds")).isEqualTo("A1:Q5");
            assertThat(autoFilter(workbook, "Credit records")).isEqualTo("A1:K4");
            assertThat(autoFilter(workbook, "Rejected")).isEqualTo("A1:O3");
        }
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldTakeForAFormula() throws Exception {
        try (XSSFWorkbook workbook = writeSample(new RefundReportWriter())) {
            Sheet refunds = workbook.getSheet("Refunds");
            assertQuoted(refunds.getRow(2).getCell(2), "'=HYPERLINK(\"http://x.example\",\"click\")");
            assertQuoted(refunds.getRow(3).getCell(3), "'+32 3 265 41 11");
            assertQuoted(refunds.getRow(4).getCell(2), "'-1");
            assertQuoted(refunds.getRow(4).getCell(3), "'@SUM(A1)");
            assertQuoted(workbook.getSheet("Rejected").getRow(2).getCell(0), "'=cmd|' /C calc'!A0.csv");
            assertThat(refunds.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Müller-Lüdenscheidt");
            assertThat(refunds.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void continuesAListingOnANextSheetWithTheHeaderRepeated() throws Exception {
        List<RefundRecord> refunds = Stream.iterate(1, i -> i + 1).limit(9)
                .map(i -> RefundFixtures.payable("R" + i, "Peeters", "An", i + ".00", "BE68539007547034", null))
                .toList();
        Path target = outbox.resolve("overflow.xlsx");

        new RefundReportWriter(5).write(target, SampleReport.SUMMARY, refunds.iterator(),
                SampleReport.credits().iterator(), List.<RejectRecord>of().iterator());

        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Refunds", "Refunds (2)", "Refunds (3)",
                    "Credit records", "Rejected");
            List<String> ids = new ArrayList<>();
            for (String name : List.of("Refunds", "Refunds (2)", "Refunds (3)")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(header(sheet)).as(name).startsWith("refund_id", "student_id");
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getLastRowNum()).as(name).isLessThanOrEqualTo(4);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertThat(ids).containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9");
            assertThat(autoFilter(workbook, "Refunds (3)")).isEqualTo("A1:Q2");
            assertThat(workbook.getSheet("Rejected").getLastRowNum()).as("header only").isZero();
        }
    }

    @Test
    void leavesNoFileWhenTheLedgerFailsHalfway() throws IOException {
        Path target = outbox.resolve(RefundReportWriter.fileName(RefundFixtures.RUN_DATE));
        Iterator<RefundRecord> failing = Stream.concat(SampleReport.refunds().stream(), Stream.<RefundRecord>of(
                (RefundRecord) null)).map(r -> {
                    if (r == null) {
                        throw new IllegalStateException("cursor closed");
                    }
                    return r;
                }).iterator();

        assertThatThrownBy(() -> new RefundReportWriter().write(target, SampleReport.SUMMARY, failing,
                SampleReport.credits().iterator(), SampleReport.rejects().iterator()))
                .hasMessage("cursor closed");
        assertThat(outbox).isEmptyDirectory();
    }

    @Test
    void namesTheFileAfterTheRunDateAndLeavesNothingElse() throws Exception {
        assertThat(RefundReportWriter.fileName(LocalDate.of(2026, 11, 30))).isEqualTo("refund-report-2026-11-30.xlsx");
        writeSample(new RefundReportWriter()).close();
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("refund-report-2026-11-30.xlsx");
        }
    }

    @Test
    void refusesASheetSizeExcelCannotHold() {
        assertThatThrownBy(() -> new RefundReportWriter(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundReportWriter(1_048_577)).isInstanceOf(IllegalArgumentException.class);
    }

    XSSFWorkbook writeSample(RefundReportWriter writer) throws Exception {
        Path file = SampleReport.write(writer, outbox.resolve(RefundReportWriter.fileName(RefundFixtures.RUN_DATE)));
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    static String autoFilter(XSSFWorkbook workbook, String sheet) {
        return workbook.getSheet(sheet).getCTWorksheet().getAutoFilter().getRef();
    }

    static void assertAmount(Cell cell, double value) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
    }

    static void assertQuoted(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }

    static XSSFChart chart(XSSFWorkbook workbook) {
        return workbook.getSheet("Summary").getDrawingPatriarch().getCharts().get(0);
    }
}
