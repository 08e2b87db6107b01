package org.refundbatch.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.refundbatch.ledger.Column;
import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetFiles;
import org.refundbatch.sheet.SheetLimits;
import org.refundbatch.sheet.SheetReader;
import org.refundbatch.sheet.SheetRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the data rows of the run's sheets one after the other, as {@link WithdrawalRow}s. Its position
 * (which sheet, how many data rows of it) and the rows it delivered over all attempts are saved with each
 * committed chunk, so a restart goes on with the next row and the count never includes a rolled-back chunk.
 *
 * <p>A sheet that breaks off part-way (a broken CSV quote on row 5,000, a cut workbook, a limit of
 * {@link SheetLimits} reached) does not fail the step: the reader hands out {@link WithdrawalRow#brokenOff}
 * in its place and goes on with the next sheet, and no longer counts that sheet's rows as delivered. The
 * writer that receives the mark rejects the file whole and takes back its rows in the same transaction, so
 * the position saved with that chunk is already past the file, and a chunk that does not commit is read
 * again from the last committed position up to the same damage: kill -9 anywhere gives the same outcome.
 *
 * <p>Why a mark in the item stream and not Spring Batch's skip machinery or a sub-step per file: skips are
 * for single items and cannot take back rows committed in earlier chunks, and a step per file would give the
 * single-threaded intake (with its read-ahead thread) a second structure; the mark travels through the
 * read-ahead queue and the partitioned intake unchanged, and the compensation is one more write of a chunk.
 */
public class WithdrawalSheetReader implements ItemStreamReader<WithdrawalRow> {

    private static final String SHEET_KEY = "withdrawals.sheet";
    private static final String ROWS_KEY = "withdrawals.rows";
    private static final String DELIVERED_KEY = "withdrawals.delivered";

    private final List<StagedSheet> sheets;
    private final SheetLimits limits;
    private int sheetIndex;
    private int rowsRead;
    private long delivered;
    private SheetReader current;
    private HeaderMapping mapping;
    /** The number of the last row read of the current sheet, header included. */
    private int lastRow;

    public WithdrawalSheetReader(List<StagedSheet> sheets) {
        this(sheets, SheetLimits.DEFAULTS);
    }

    public WithdrawalSheetReader(List<StagedSheet> sheets, SheetLimits limits) {
        this.sheets = List.copyOf(sheets);
        this.limits = limits;
    }

    @Override
    public void open(ExecutionContext context) {
        sheetIndex = context.getInt(SHEET_KEY, 0);
        int resumeAfter = context.getInt(ROWS_KEY, 0);
        delivered = context.getLong(DELIVERED_KEY, 0);
        rowsRead = 0;
        if (sheetIndex < sheets.size() && resumeAfter > 0) {
            openSheet();
            while (rowsRead < resumeAfter && nextDataRow() != null) {
                // skip the rows an earlier attempt committed
            }
        }
    }

    @Override
    public WithdrawalRow read() {
        while (sheetIndex < sheets.size()) {
            WithdrawalRow row;
            try {
                if (current == null) {
                    openSheet();
                }
                row = nextDataRow();
            } catch (RuntimeException e) {
                return brokenOff(e);
            }
            if (row != null) {
                delivered++;
                return row;
            }
            closeSheet();
            sheetIndex++;
            rowsRead = 0;
        }
        return null;
    }

    /** The mark of the current sheet breaking off; the reader moves on to the next sheet. */
    private WithdrawalRow brokenOff(RuntimeException damage) {
        StagedSheet sheet = sheets.get(sheetIndex);
        int taken = rowsRead;
        String reason = damage.getMessage() + ". Reading stopped at row " + (lastRow + 1) + ": the whole file is"
                + " set aside and none of its rows is used tonight"
                + (taken == 0 ? "" : " (the " + taken + " row(s) read before were taken back)")
                + ". Correct the file, or save it again from Excel, and drop it in the inbox again";
        WithdrawalRow mark = WithdrawalRow.brokenOff(sheet.fileName(), sheet.fileSeq(), lastRow + 1, reason);
        try {
            closeSheet();
        } catch (RuntimeException e) {
            current = null; // a damaged file may not close cleanly either; it is no longer read
        }
        delivered -= taken;
        sheetIndex++;
        rowsRead = 0;
        return mark;
    }

    @Override
    public void update(ExecutionContext context) {
        save(position(), context);
    }

    /**
     * Where the reader is: after the row it delivered last. Saved with {@link #save} into a step's context, it
     * is what {@link #open} goes on from.
     */
    public Position position() {
        return new Position(sheetIndex, rowsRead, delivered);
    }

    /** A reader's position: which sheet, how many of its data rows, and the rows delivered over all sheets. */
    public record Position(int sheet, int rows, long delivered) {
    }

    /** Saves a position as {@link #update} does. */
    public static void save(Position position, ExecutionContext context) {
        context.putInt(SHEET_KEY, position.sheet());
        context.putInt(ROWS_KEY, position.rows());
        context.putLong(DELIVERED_KEY, position.delivered());
    }

    /**
     * The data rows delivered over every attempt up to the last committed chunk, from the context the
     * reader saved: unlike the step's read count, never a row of a chunk that was rolled back.
     */
    public static long rowsDelivered(ExecutionContext context) {
        return context.getLong(DELIVERED_KEY, 0);
    }

    @Override
    public void close() {
        closeSheet();
    }

    private WithdrawalRow nextDataRow() {
        SheetRow row = current.next();
        if (row == null) {
            return null;
        }
        rowsRead++;
        lastRow = row.number();
        StagedSheet sheet = sheets.get(sheetIndex);
        Map<Column, SheetCell> cells = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            SheetCell cell = mapping.cell(row, column);
            if (!cell.isBlank()) {
                cells.put(column, cell);
            }
        }
        return new WithdrawalRow(sheet.fileName(), sheet.fileSeq(), row.number(), cells);
    }

    private void openSheet() {
        StagedSheet sheet = sheets.get(sheetIndex);
        lastRow = 0;
        current = SheetFiles.open(sheet.path(), sheet.fileName(), limits);
        HeaderSearch.Header header = HeaderSearch.find(current, sheet.fileName());
        if (header == null) {
            // staging checked the header; an empty sheet here has simply no rows
            closeSheet();
            current = SheetReader.EMPTY;
            return;
        }
        lastRow = header.row().number();
        mapping = header.mapping();
    }

    private void closeSheet() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                throw new ItemStreamException(new UncheckedIOException(e));
            }
            current = null;
        }
    }
}
