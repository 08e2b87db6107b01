package org.refundbatch.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetFiles;
import org.refundbatch.sheet.SheetReader;
import org.refundbatch.sheet.SheetRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the data rows of the run's sheets one after the other, as {@link WithdrawalRow}s. Its position
 * (which sheet, how many data rows of it) and the rows it delivered over all attempts are saved with each
 * committed chunk, so a restart goes on with the next row and the count never includes a rolled-back chunk.
 */
public class WithdrawalSheetReader implements ItemStreamReader<WithdrawalRow> {

    private static final String SHEET_KEY = "withdrawals.sheet";
    private static final String ROWS_KEY = "withdrawals.rows";
    private static final String DELIVERED_KEY = "withdrawals.delivered";

    private final List<StagedSheet> sheets;
    private int sheetIndex;
    private int rowsRead;
    private long delivered;
    private SheetReader current;
    private HeaderMapping mapping;

    public WithdrawalSheetReader(List<StagedSheet> sheets) {
        this.sheets = List.copyOf(sheets);
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
            if (current == null) {
                openSheet();
            }
            WithdrawalRow row = nextDataRow();
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
        current = SheetFiles.open(sheet.path(), sheet.fileName());
        HeaderSearch.Header header = HeaderSearch.find(current, sheet.fileName());
        if (header == null) {
            // staging checked the header; an empty sheet here has simply no rows
            closeSheet();
            current = SheetReader.EMPTY;
            return;
        }
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
