package org.refundbatch.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.refundbatch.ledger.RunSummary;
import org.refundbatch.ledger.RunSummary.Totals;
import org.refundbatch.policy.RefundStatus;

/** The first sheet of the finance workbook: the run's counts, totals per rule, status and micro-credential, a chart. */
final class SummarySheet {

    static final String NAME = "Summary";
    /** Label, refunds, entitlement, refund amount; a narrow gap; the chart from column F. */
    private static final int[] WIDTHS = {36, 14, 17, 17, 3};

    private final SXSSFWorkbook workbook;
    private final ReportStyles styles;
    private SXSSFSheet sheet;
    private int next;

    SummarySheet(SXSSFWorkbook workbook, ReportStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    void write(RunSummary summary) {
        sheet = workbook.createSheet(NAME);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.setDisplayGridlines(false);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);

        text(row(), 0, "Tuition refund report", styles.title);
        text(row(), 0, "Nightly refund run of " + summary.runDate() + " · amounts in euro", styles.subtitle);
        next++;
        writeRun(summary);
        int ruleRows = writeTable("Refunds per rule", "Rule", summary.byRule());
        writeTable("Refunds per status", "Status", summary.byStatus());
        writeTable("Refunds per micro-credential", "Micro-credential", summary.byMicroCredential());
        RuleChart.draw(workbook.getXSSFWorkbook().getSheet(NAME), ruleRows, summary.byRule());
    }

    private void writeRun(RunSummary summary) {
        sectionHeader("Run");
        Row runDate = row();
        text(runDate, 0, "Run date", styles.label);
        Cell date = runDate.createCell(1);
        date.setCellValue(LocalDate.parse(summary.runDate()));
        date.setCellStyle(styles.date);
        count("Files read", summary.filesRead());
        count("Files rejected (unreadable)", summary.filesRejected() + summary.filesDuplicate());
        count("Data rows read", summary.rowsRead());
        count("Refunds (any rule)", summary.total().count());
        count("Rows rejected", summary.rowsRejected());
        amount("Total entitlement", summary.total().entitlement());
        amount("To pay: bank file (PAYABLE)", summary.of(RefundStatus.PAYABLE).refundAmount());
        amount("On hold: no IBAN (ON_HOLD)", summary.of(RefundStatus.ON_HOLD).refundAmount());
        next++;
    }

    /** Writes a table of totals with a total line; returns the index of its first data row. */
    private int writeTable(String title, String keyHeader, Map<String, Totals> lines) {
        sectionHeader(title);
        Row header = row();
        text(header, 0, keyHeader, styles.header);
        text(header, 1, "Refunds", styles.headerRight);
        text(header, 2, "Entitlement", styles.headerRight);
        text(header, 3, "Refund amount", styles.headerRight);
        int first = next;
        Totals total = Totals.NONE;
        for (Map.Entry<String, Totals> line : lines.entrySet()) {
            totalsRow(line.getKey(), line.getValue(), styles.text, styles.count, styles.amount);
            total = total.plus(line.getValue());
        }
        totalsRow("Total", total, styles.totalLabel, styles.totalCount, styles.totalAmount);
        next++;
        return first;
    }

    private void totalsRow(String label, Totals totals, CellStyle labelStyle, CellStyle countStyle,
                           CellStyle amountStyle) {
        Row row = row();
        text(row, 0, label, labelStyle);
        number(row, 1, totals.count(), countStyle);
        number(row, 2, totals.entitlement().doubleValue(), amountStyle);
        number(row, 3, totals.refundAmount().doubleValue(), amountStyle);
    }

    private void sectionHeader(String title) {
        Row row = row();
        text(row, 0, title, styles.section);
        for (int i = 1; i < 4; i++) {
            row.createCell(i).setCellStyle(styles.section);
        }
    }

    private void count(String label, long value) {
        Row row = row();
        text(row, 0, label, styles.label);
        number(row, 1, value, styles.count);
    }

    private void amount(String label, BigDecimal value) {
        Row row = row();
        text(row, 0, label, styles.label);
        number(row, 1, value.doubleValue(), styles.amount);
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        TableSheet.text(cell, value, styles);
        if (!SpreadsheetText.needsNeutralising(value)) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
