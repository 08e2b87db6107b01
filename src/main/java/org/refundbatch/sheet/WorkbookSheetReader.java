package org.refundbatch.sheet;

import java.io.IOException;

/**
 * What the {@code .xlsx} and {@code .xls} readers share: rows handed out one per {@link #next()} call until the sheet
 * ends or breaks off, the {@code refund.limits} of rows and columns, and damage reported with the file and the row
 * where reading stopped. After the end, damage or {@link #close()}, the reader gives no more rows.
 */
abstract class WorkbookSheetReader implements SheetReader {

    final String fileName;
    final SheetLimits limits;
    final RowCells cells = new RowCells();
    private int rows;
    private boolean finished;

    WorkbookSheetReader(String fileName, SheetLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    @Override
    public final SheetRow next() {
        if (finished) {
            return null;
        }
        try {
            return readNext();
        } catch (UnreadableSheetException e) {
            finished = true;
            throw e;
        } catch (Exception e) {
            finished = true;
            throw new UnreadableSheetException(fileName + position() + ": " + SheetProblems.damage(e), e);
        }
    }

    /** The next row that is not blank; the last one, or null, through {@link #end}. */
    abstract SheetRow readNext() throws Exception;

    /** Where reading stands, for a damage report, such as {@code " row 7"}; "" before the first row. */
    abstract String position();

    /** Hands out {@code last} (null for none) as the last row of the sheet. */
    final SheetRow end(SheetRow last) {
        finished = true;
        return last;
    }

    /** Counts one more row against {@code refund.limits.rows-per-file}. */
    final void countRow() {
        if (++rows > limits.rowsPerFile()) {
            throw SheetLimits.exceeded(fileName, "the sheet has", limits.rowsPerFile(), "rows", "rows-per-file");
        }
    }

    /** Refuses a row of more columns than {@code refund.limits.columns-per-row}. */
    final void requireColumns(int rowNumber, int columns) {
        if (columns > limits.columnsPerRow()) {
            throw SheetLimits.exceeded(fileName + " row " + rowNumber, "the row has", limits.columnsPerRow(),
                    "columns", "columns-per-row");
        }
    }

    @Override
    public final void close() throws IOException {
        finished = true;
        closeFile();
    }

    /** Releases the file; called by {@link #close()}. */
    abstract void closeFile() throws IOException;

    static UnreadableSheetException noVisibleWorksheet(String fileName) {
        return new UnreadableSheetException(fileName
                + ": the workbook has no visible worksheet (unhide the sheet with the withdrawals)");
    }
}
