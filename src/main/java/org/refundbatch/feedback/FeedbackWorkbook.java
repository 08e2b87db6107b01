package org.refundbatch.feedback;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.Deflater;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.refundbatch.intake.HeaderMapping;
import org.refundbatch.ledger.Column;
import org.refundbatch.payout.AtomicFile;
import org.refundbatch.payout.SpreadsheetText;
import org.refundbatch.payout.StreamingWorkbook;
import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetRow;

/**
 * The feedback workbook of one sheet: a summary sheet (rows, refunds, on hold, rejected, total to be paid), then the
 * staff's own rows with their own columns, in their order, followed by the outcome of each: refund id, rule, refund
 * amount and status, or the reason it was rejected. A rejected row is highlighted and the cell at fault carries a
 * comment saying what is wrong and what to do, up to a set number of comments: each is held in memory until the
 * workbook is written, and a sheet of a hundred thousand rejected rows must not exhaust the heap (DESIGN §6, §7).
 * Written streaming, to a temporary name first; the same rows give the same bytes (the workbook's dates are the run
 * date's).
 */
public final class FeedbackWorkbook {

    /** The header of the column that says why a row was rejected and what to do. */
    private static final String WHAT_TO_DO = "What to do";
    /** The headers of the columns added after the staff's own. */
    public static final List<String> OUTCOME_HEADERS = List.of("Row", "Outcome", "Refund id", "Rule", "Refund amount",
            "Status", WHAT_TO_DO);
    /** The widths of the outcome columns, in characters. */
    private static final int[] OUTCOME_WIDTHS = {6, 10, 22, 28, 14, 14, 80};
    public static final String SUMMARY_SHEET = "Summary";
    public static final String ROWS_SHEET = "Rows";

    private static final int WINDOW = 200;

    private final int maxRows;
    private final int maxComments;

    /**
     * @param maxRows the most rows listed on the rows sheet; the summary counts them all
     * @param maxComments the most rejected rows listed with a comment on the cell at fault; every rejected row is
     *        marked and has its reason in the column "What to do", and the summary says when comments were left out
     */
    public FeedbackWorkbook(int maxRows, int maxComments) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("refund.feedback-max-rows must be at least 1, not " + maxRows);
        }
        if (maxComments < 0) {
            throw new IllegalArgumentException("refund.feedback-max-comments must be at least 0, not " + maxComments);
        }
        this.maxRows = maxRows;
        this.maxComments = maxComments;
    }

    /** The feedback of a sheet that was read. */
    public Path write(Path target, String fileName, LocalDate runDate, SheetRow header, HeaderMapping mapping,
                      Iterator<FeedbackRow> rows) throws IOException {
        SXSSFWorkbook workbook = workbook(fileName, runDate);
        try {
            FeedbackStyles styles = new FeedbackStyles(workbook);
            SXSSFSheet summary = workbook.createSheet(SUMMARY_SHEET);
            SXSSFSheet sheet = workbook.createSheet(ROWS_SHEET);
            int width = Math.max(header.cells().size(), 1);
            writeHeader(sheet, header, width, styles);
            SheetTotals totals = new SheetTotals();
            CellComments comments = new CellComments(sheet, maxComments);
            int rowIndex = 1;
            while (rows.hasNext()) {
                FeedbackRow row = rows.next();
                if (row.outcome() != null) {
                    totals.add(row.outcome());
                }
                if (totals.shown < maxRows) {
                    writeRow(sheet.createRow(rowIndex++), comments, row, mapping, width, styles);
                    totals.shown++;
                }
            }
            writeSummary(summary, fileName, runDate, totals, comments, null, styles);
            return AtomicFile.write(target, workbook::write);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The feedback of a file that was not read, with the reason. */
    public Path writeRejected(Path target, String fileName, LocalDate runDate, String reason) throws IOException {
        SXSSFWorkbook workbook = workbook(fileName, runDate);
        try {
            FeedbackStyles styles = new FeedbackStyles(workbook);
            writeSummary(workbook.createSheet(SUMMARY_SHEET), fileName, runDate, new SheetTotals(), null, reason,
                    styles);
            return AtomicFile.write(target, workbook::write);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** {@code december-feedback.xlsx} for {@code december.xlsx}. */
    public static String fileName(String sheetFileName) {
        int dot = sheetFileName.lastIndexOf('.');
        return (dot > 0 ? sheetFileName.substring(0, dot) : sheetFileName) + "-feedback.xlsx";
    }

    private static SXSSFWorkbook workbook(String fileName, LocalDate runDate) {
        SXSSFWorkbook workbook = new StreamingWorkbook(WINDOW, Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION);
        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Date night = Date.from(runDate.atStartOfDay().toInstant(ZoneOffset.UTC));
        properties.setCreated(Optional.of(night));
        properties.setModified(Optional.of(night));
        properties.setCreator("refund-batch");
        properties.setTitle("Feedback on " + fileName + ", night of " + runDate);
        return workbook;
    }

    private static void writeHeader(Sheet sheet, SheetRow header, int width, FeedbackStyles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < width; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(SpreadsheetText.neutralise(header.cell(i).value()));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, 16 * 256);
        }
        for (int i = 0; i < OUTCOME_HEADERS.size(); i++) {
            Cell cell = row.createCell(width + i);
            cell.setCellValue(OUTCOME_HEADERS.get(i));
            cell.setCellStyle(styles.outcomeHeader);
            sheet.setColumnWidth(width + i, OUTCOME_WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        printOnePageWide(sheet);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, width + OUTCOME_HEADERS.size() - 1));
    }

    private static void writeRow(Row row, CellComments comments, FeedbackRow feedback, HeaderMapping mapping,
                                 int width, FeedbackStyles styles) {
        RowOutcome outcome = feedback.outcome();
        boolean rejected = outcome == null || outcome.rejected();
        int offending = rejected ? offendingColumn(outcome, mapping) : -1;
        for (int i = 0; i < width; i++) {
            SheetCell value = feedback.row().cell(i);
            Cell cell = plain(row, i, styles);
            boolean date = writeValue(cell, value);
            if (i == offending) {
                cell.setCellStyle(styles.offending);
                comments.add(cell, outcome.reason());
            } else if (rejected) {
                cell.setCellStyle(date ? styles.rejectedDate : styles.rejected);
            } else if (date) {
                cell.setCellStyle(styles.date);
            }
        }
        int c = width;
        plain(row, c++, styles).setCellValue(feedback.row().number());
        if (outcome == null) {
            plain(row, c, styles).setCellValue("not read");
            plain(row, c + 5, styles).setCellValue("this row was not read; drop the sheet again");
        } else if (outcome.rejected()) {
            Cell result = plain(row, c, styles);
            result.setCellValue("rejected");
            result.setCellStyle(styles.rejected);
            Cell reason = plain(row, c + 5, styles);
            reason.setCellValue(SpreadsheetText.neutralise(outcome.reason()));
            reason.setCellStyle(styles.rejected);
            if (offending < 0) {
                comments.add(reason, outcome.reason());
            }
        } else {
            plain(row, c, styles).setCellValue("refund");
            plain(row, c + 1, styles).setCellValue(outcome.refundId());
            plain(row, c + 2, styles).setCellValue(outcome.rule());
            Cell amount = plain(row, c + 3, styles);
            amount.setCellValue(outcome.refundAmount().doubleValue());
            amount.setCellStyle(styles.amount);
            plain(row, c + 4, styles).setCellValue(outcome.status().name());
        }
    }

    /**
     * A cell with the workbook's default style set. The file is the same as with none, but a streamed cell without a
     * style of its own asks its sheet for its column's style, a look-up through the sheet's column definitions for
     * every cell written.
     */
    private static Cell plain(Row row, int column, FeedbackStyles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.plain);
        return cell;
    }

    /** Writes the staff's value back as they typed it: numbers and dates as such, text never as a formula. */
    private static boolean writeValue(Cell cell, SheetCell value) {
        switch (value.kind()) {
            case NUMBER -> {
                try {
                    cell.setCellValue(new BigDecimal(value.value()).doubleValue());
                    return false;
                } catch (NumberFormatException e) {
                    cell.setCellValue(text(value.value()));
                    return false;
                }
            }
            case DATE -> {
                String text = value.value();
                cell.setCellValue(text.length() > 10 ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay());
                return true;
            }
            case BOOLEAN -> cell.setCellValue(Boolean.parseBoolean(value.value()) || "1".equals(value.value()));
            case BLANK -> cell.setBlank();
            default -> cell.setCellValue(text(value.value()));
        }
        return false;
    }

    /**
     * The staff's text as a cell can hold it: neutralised against formulas, and cut to the 32,767 characters of a
     * cell (a sheet may hold as many when {@code refund.limits.cell-text} allows, and the guard adds one).
     */
    private static String text(String value) {
        String neutral = SpreadsheetText.neutralise(value);
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return neutral == null || neutral.length() <= max ? neutral : neutral.substring(0, max);
    }

    /** The staff's column a reject names, or -1 when it concerns the whole row or the sheet has no such column. */
    private static int offendingColumn(RowOutcome outcome, HeaderMapping mapping) {
        if (outcome == null || outcome.rejectColumn() == null) {
            return -1;
        }
        for (Column column : Column.values()) {
            if (column.header().equals(outcome.rejectColumn().toLowerCase(Locale.ROOT))) {
                return mapping.position(column);
            }
        }
        return -1;
    }

    private static void writeSummary(Sheet sheet, String fileName, LocalDate runDate, SheetTotals totals,
                                     CellComments comments, String fileReason, FeedbackStyles styles) {
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        printOnePageWide(sheet);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(SpreadsheetText.neutralise("Feedback on " + fileName));
        title.setCellStyle(styles.title);
        sheet.createRow(1).createCell(0).setCellValue("Night of " + runDate);
        int r = 3;
        if (fileReason != null) {
            Cell label = sheet.createRow(r++).createCell(0);
            label.setCellValue("The file was not read");
            label.setCellStyle(styles.bold);
            Cell reason = sheet.createRow(r++).createCell(0);
            reason.setCellValue(SpreadsheetText.neutralise(fileReason));
            reason.setCellStyle(styles.offending);
            sheet.createRow(r).createCell(0).setCellValue(
                    "None of its rows was refunded. Correct the file and drop it in the inbox again.");
            return;
        }
        figure(sheet, r++, "Rows read", totals.rows);
        figure(sheet, r++, "Refunds", totals.refunds);
        figure(sheet, r++, "of which on hold (no account)", totals.onHold);
        figure(sheet, r++, "Rejected rows", totals.rejected);
        Row paid = sheet.createRow(r++);
        paid.createCell(0).setCellValue("Total to be paid");
        Cell amount = paid.createCell(1);
        amount.setCellValue(totals.toBePaid.doubleValue());
        amount.setCellStyle(styles.amount);
        Row held = sheet.createRow(r++);
        held.createCell(0).setCellValue("Total on hold");
        Cell heldAmount = held.createCell(1);
        heldAmount.setCellValue(totals.onHoldAmount.doubleValue());
        heldAmount.setCellStyle(styles.amount);
        r++;
        if (totals.shown < totals.rows) {
            sheet.createRow(r++).createCell(0).setCellValue("Only the first " + totals.shown + " of the " + totals.rows
                    + " rows are listed on the sheet '" + ROWS_SHEET + "'; the figures above count them all.");
        }
        if (comments.leftOut()) {
            sheet.createRow(r++).createCell(0).setCellValue(commentsLeftOut(comments.written()));
            sheet.createRow(r).createCell(0).setCellValue("Rejected rows are marked red on the sheet '" + ROWS_SHEET
                    + "'. Correct those rows and drop only them again in a new sheet.");
            return;
        }
        sheet.createRow(r).createCell(0).setCellValue(totals.rejected == 0
                ? "Every row was read. Nothing to correct."
                : "Rejected rows are marked red on the sheet '" + ROWS_SHEET + "'; the cell at fault has a comment"
                        + " saying what to do. Correct those rows and drop only them again in a new sheet.");
    }

    /** What the summary says when some rejected rows carry no comment. */
    private static String commentsLeftOut(int commented) {
        String what = "every rejected row has its reason in the column '" + WHAT_TO_DO + "'.";
        return switch (commented) {
            case 0 -> "The rejected rows carry no comment; " + what;
            case 1 -> "The first rejected row carries a comment on the cell at fault; " + what;
            default -> "The first " + commented + " rejected rows carry a comment on the cell at fault; " + what;
        };
    }

    /** Printed landscape, as wide as one page, with the header row on every page. */
    private static void printOnePageWide(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void figure(Sheet sheet, int r, String label, long value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }
}
