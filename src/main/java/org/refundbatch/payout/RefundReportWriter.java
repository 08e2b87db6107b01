package org.refundbatch.payout;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.zip.Deflater;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.OpenItem;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.RunSummary;

/**
 * Writes the finance workbook {@code refund-report-<runDate>.xlsx}: a Summary sheet with a chart, then the
 * Refunds, Credit records and Rejected listings, streamed from the ledger with a window of
 * {@value #WINDOW} rows (compressed temporary files), and moved into place when complete. Both the temporary
 * files and the workbook's parts are deflated at the fastest level: at a million refunds the workbook holds
 * several million rows, and compressing them is most of its cost.
 */
public final class RefundReportWriter {

    /** The rows of an Excel sheet, header included. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;
    /** Rows kept in memory per sheet while streaming. */
    static final int WINDOW = 100;

    private final int maxRowsPerSheet;

    /** A writer whose listings fill Excel sheets up to their last row. */
    public RefundReportWriter() {
        this(EXCEL_MAX_ROWS);
    }

    /** @param maxRowsPerSheet rows a listing sheet holds, header included, before it goes on in a next sheet */
    public RefundReportWriter(int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("a sheet holds 2 to " + EXCEL_MAX_ROWS + " rows, not "
                    + maxRowsPerSheet);
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** {@code refund-report-<runDate>.xlsx}. */
    public static String fileName(LocalDate runDate) {
        return "refund-report-" + runDate + ".xlsx";
    }

    /**
     * Writes the workbook to {@code target} under a temporary name and moves it into place when complete; on
     * failure the target is left as it was.
     *
     * @param refunds all refunds of the run, any status, in the order of the CSV
     * @param credits the credit records of those refunds
     * @param rejects the rows and files rejected
     * @return the target
     */
    public Path write(Path target, RunSummary summary, Iterator<RefundRecord> refunds,
                      Iterator<CreditRecord> credits, Iterator<RejectRecord> rejects) throws IOException {
        return write(target, summary, refunds, credits, rejects, null);
    }

    /**
     * As {@link #write(Path, RunSummary, Iterator, Iterator, Iterator)}, with a sheet "Open items" after the
     * Rejected sheet.
     *
     * @param openItems the refunds still owed across all nights (DESIGN §8); no sheet when null
     */
    public Path write(Path target, RunSummary summary, Iterator<RefundRecord> refunds,
                      Iterator<CreditRecord> credits, Iterator<RejectRecord> rejects, Iterator<OpenItem> openItems)
            throws IOException {
        Objects.requireNonNull(summary, "summary");
        SXSSFWorkbook workbook = new StreamingWorkbook(WINDOW, Deflater.BEST_SPEED, Deflater.BEST_SPEED);
        try {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setTitle("Tuition refund report " + summary.runDate());
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("refund-batch");
            ReportStyles styles = new ReportStyles(workbook);
            new SummarySheet(workbook, styles).write(summary);
            new TableSheet<>(workbook, styles, "Refunds", OutputColumns.REFUNDS, maxRowsPerSheet).write(refunds);
            new TableSheet<>(workbook, styles, "Credit records", OutputColumns.CREDIT_RECORDS, maxRowsPerSheet)
                    .write(credits);
            new TableSheet<>(workbook, styles, "Rejected", OutputColumns.REJECTS, maxRowsPerSheet).write(rejects);
            if (openItems != null) {
                new TableSheet<>(workbook, styles, "Open items", OutputColumns.OPEN_ITEMS, maxRowsPerSheet)
                        .write(openItems);
            }
            return AtomicFile.write(target, workbook::write);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
