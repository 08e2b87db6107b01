package org.refundbatch.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A listing of ledger rows on streamed sheets: a bold frozen header row with an autofilter, fixed column widths,
 * amounts and dates as typed cells, text neutralised. A listing longer than a sheet holds goes on in
 * {@code "<name> (2)"}, {@code "<name> (3)"}, ... with the header repeated.
 */
final class TableSheet<T> {

    /** How a column's values are written. */
    enum Kind { TEXT, AMOUNT, DATE, INTEGER, CREDITS }

    /** A column: its header (as in the CSV), width in characters, kind and value (null for an empty cell). */
    record Column<T>(String header, int width, Kind kind, Function<T, ?> value) {
    }

    private final SXSSFWorkbook workbook;
    private final ReportStyles styles;
    private final String name;
    private final List<Column<T>> columns;
    private final int maxRows;

    /** @param maxRows rows a sheet holds, header included (1,048,576 in Excel) */
    TableSheet(SXSSFWorkbook workbook, ReportStyles styles, String name, List<Column<T>> columns, int maxRows) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
    }

    /** Writes the rows and returns how many there were. */
    long write(Iterator<? extends T> rows) {
        long written = 0;
        int part = 1;
        SXSSFSheet sheet = startSheet(part);
        int rowIndex = 1;
        while (rows.hasNext()) {
            if (rowIndex == maxRows) {
                finishSheet(sheet, rowIndex);
                sheet = startSheet(++part);
                rowIndex = 1;
            }
            writeRow(sheet.createRow(rowIndex++), rows.next());
            written++;
        }
        finishSheet(sheet, rowIndex);
        return written;
    }

    private SXSSFSheet startSheet(int part) {
        SXSSFSheet sheet = workbook.createSheet(part == 1 ? name : name + " (" + part + ")");
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.kind() == Kind.TEXT || column.kind() == Kind.DATE
                    ? styles.header : styles.headerRight);
            sheet.setColumnWidth(i, column.width() * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    private void finishSheet(SXSSFSheet sheet, int rowCount) {
        sheet.setAutoFilter(new CellRangeAddress(0, rowCount - 1, 0, columns.size() - 1));
    }

    private void writeRow(Row row, T item) {
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Object value = column.value().apply(item);
            if (value != null) {
                write(row.createCell(i), column.kind(), value);
            }
        }
    }

    private void write(Cell cell, Kind kind, Object value) {
        switch (kind) {
            case TEXT -> text(cell, value.toString(), styles);
            case AMOUNT -> number(cell, ((BigDecimal) value).doubleValue(), styles.amount);
            case CREDITS -> number(cell, ((BigDecimal) value).doubleValue(), styles.credits);
            case INTEGER -> number(cell, ((Number) value).doubleValue(), styles.integer);
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
        }
    }

    /** A text cell, neutralised and quote-prefixed when it could be read as a formula. */
    static void text(Cell cell, String value, ReportStyles styles) {
        if (SpreadsheetText.needsNeutralising(value)) {
            cell.setCellValue(SpreadsheetText.neutralise(value));
            cell.setCellStyle(styles.quotedText);
        } else {
            cell.setCellValue(value);
            cell.setCellStyle(styles.text);
        }
    }

    private static void number(Cell cell, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
