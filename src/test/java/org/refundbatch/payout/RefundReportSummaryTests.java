package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refundbatch.payout.RefundReportWriterTests.assertAmount;
import static org.refundbatch.payout.RefundReportWriterTests.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.RunSummary;

class RefundReportSummaryTests {

    @TempDir
    Path outbox;

    @Test
    void summarisesTheRunWithCountsAndTotals() throws Exception {
        try (XSSFWorkbook workbook = write(SampleReport.SUMMARY)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tuition refund report");
            assertThat(rowOf(summary, "Run date", 0).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(count(summary, "Files read")).isEqualTo(4);
            assertThat(count(summary, "Files rejected (unreadable)")).isEqualTo(1);
            assertThat(count(summary, "Data rows read")).isEqualTo(412);
            assertThat(count(summary, "Refunds (any rule)")).isEqualTo(403);
            assertThat(count(summary, "Rows rejected")).isEqualTo(9);
            assertAmount(rowOf(summary, "Total entitlement", 0).getCell(1), 294527.40);
            assertAmount(rowOf(summary, "To pay: bank file (PAYABLE)", 0).getCell(1), 277608.60);
            assertAmount(rowOf(summary, "On hold: no IBAN (ON_HOLD)", 0).getCell(1), 7720.20);
        }
    }

    @Test
    void listsEveryRuleStatusAndMicroCredentialWithATotalLine() throws Exception {
        try (XSSFWorkbook workbook = write(SampleReport.SUMMARY)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(labelsAfter(summary, "Rule")).containsExactly("FULL", "FULL_SECOND_SEMESTER_ONLY",
                    "SECOND_SEMESTER_TUITION", "NO_REFUND", "Total");
            assertThat(labelsAfter(summary, "Status")).containsExactly("PAYABLE", "ON_HOLD", "NOTHING_DUE", "Total");
            assertThat(labelsAfter(summary, "Micro-credential")).containsExactly("MC-AI-ETHICS", "MC-DATA",
                    "MC-HEALTHLAW", "MC-SUSTFIN", "Total");
            Row full = rowOf(summary, "FULL", 0);
            assertThat(full.getCell(1).getNumericCellValue()).isEqualTo(214);
            assertAmount(full.getCell(2), 238824.00);
            assertAmount(full.getCell(3), 231612.00);
            Row ruleTotal = rowOf(summary, "Total", 0);
            assertThat(ruleTotal.getCell(1).getNumericCellValue()).isEqualTo(403);
            assertAmount(ruleTotal.getCell(2), 294527.40);
            assertAmount(ruleTotal.getCell(3), 285328.80);
        }
    }

    @Test
    void chartsTheRefundedAmountPerRuleBesideTheTables() throws Exception {
        try (XSSFWorkbook workbook = write(SampleReport.SUMMARY)) {
            XSSFChart chart = chart(workbook);
            assertThat(chart.getTitleText().getString()).isEqualTo("Refunded amount per rule (EUR)");
            XDDFChartData bars = chart.getChartSeries().get(0);
            assertThat(bars).isInstanceOf(XDDFBarChartData.class);
            XDDFChartData.Series series = bars.getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(4);
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("FULL");
            assertThat(series.getValuesData().getPointAt(0)).isEqualTo(231612.00);
            assertThat(series.getValuesData().getPointAt(2)).isEqualTo(24112.20);
            int firstRule = rowOf(workbook.getSheet("Summary"), "FULL", 0).getRowNum() + 1;
            assertThat(series.getValuesData().getDataRangeReference())
                    .isEqualTo("Summary!$D$" + firstRule + ":$D$" + (firstRule + 3));
            var anchor = workbook.getSheet("Summary").getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0);
            assertThat(anchor.getFrom().getCol()).as("right of the four table columns").isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void showsEveryRuleAndStatusEvenOnANightWithoutRefunds() throws Exception {
        RunSummary quiet = SampleReport.summary(0, 0, 0, 0, Map.of(), Map.of(), Map.of());

        try (XSSFWorkbook workbook = write(quiet)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(labelsAfter(summary, "Rule")).hasSize(5);
            assertThat(labelsAfter(summary, "Micro-credential")).containsExactly("Total");
            assertThat(chart(workbook).getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(0))
                    .isEqualTo(0.0);
            assertThat(workbook.getSheet("Refunds").getLastRowNum()).isZero();
        }
    }

    private XSSFWorkbook write(RunSummary summary) throws Exception {
        Path target = outbox.resolve("report.xlsx");
        boolean empty = summary.total().count() == 0;
        new RefundReportWriter().write(target, summary,
                empty ? List.<RefundRecord>of().iterator() : SampleReport.refunds().iterator(),
                empty ? List.<CreditRecord>of().iterator() : SampleReport.credits().iterator(),
                empty ? List.<RejectRecord>of().iterator() : SampleReport.rejects().iterator());
        return new XSSFWorkbook(Files.newInputStream(target));
    }

    private static double count(Sheet sheet, String label) {
        return rowOf(sheet, label, 0).getCell(1).getNumericCellValue();
    }

    /** The first row whose first cell is {@code label}, from row {@code from} on. */
    private static Row rowOf(Sheet sheet, String label, int from) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row '" + label + "' on " + sheet.getSheetName());
    }

    /** The labels of a table's lines, below its header {@code keyHeader}, down to its total line. */
    private static List<String> labelsAfter(Sheet sheet, String keyHeader) {
        List<String> labels = new ArrayList<>();
        int r = rowOf(sheet, keyHeader, 0).getRowNum() + 1;
        String label;
        do {
            label = sheet.getRow(r++).getCell(0).getStringCellValue();
            labels.add(label);
        } while (!label.equals("Total"));
        return labels;
    }
}
