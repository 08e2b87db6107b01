package org.refundbatch.intake;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.refundbatch.ledger.Column;
import org.refundbatch.sheet.CellParser;
import org.refundbatch.sheet.SheetCell;

/**
 * A data row of a withdrawal sheet, its cells by column, with where it came from; or, with a {@code damage},
 * the place where a sheet broke off (see {@link #brokenOff}).
 *
 * @param rowNumber the row number as the user sees it in a spreadsheet program
 * @param damage null for a data row; for a sheet that broke off, why, naming the row where reading stopped
 */
public record WithdrawalRow(String sourceFile, int fileSeq, int rowNumber, Map<Column, SheetCell> cells,
                            String damage) {

    public WithdrawalRow {
        cells = new EnumMap<>(cells);
    }

    public WithdrawalRow(String sourceFile, int fileSeq, int rowNumber, Map<Column, SheetCell> cells) {
        this(sourceFile, fileSeq, rowNumber, cells, null);
    }

    /**
     * Not a row: the sheet could not be read on from {@code rowNumber} (a broken quote, a cut workbook, a limit
     * reached), so the whole file is rejected and what was read of it is taken back.
     */
    public static WithdrawalRow brokenOff(String sourceFile, int fileSeq, int rowNumber, String damage) {
        return new WithdrawalRow(sourceFile, fileSeq, rowNumber, new EnumMap<>(Column.class), damage);
    }

    /** True for the mark of a sheet that broke off rather than a data row. */
    public boolean isBrokenOff() {
        return damage != null;
    }

    public SheetCell cell(Column column) {
        return cells.getOrDefault(column, SheetCell.BLANK);
    }

    /**
     * The cell as the program read it: a withdrawal date as {@code 2026-11-03} and an amount paid as
     * {@code 1116.00}, whether the sheet holds a date cell or the text {@code 03/11/26}, a number cell or
     * {@code € 1.116,00}; anything else, and a value that cannot be read, as the sheet holds it.
     */
    public String valueAsRead(Column column) {
        SheetCell cell = cell(column);
        try {
            if (column == Column.WITHDRAWAL_DATE && !cell.isBlank()) {
                return CellParser.date(cell).toString();
            }
            if (column == Column.AMOUNT_PAID && !cell.isBlank()) {
                return CellParser.plain(CellParser.amountAsWritten(cell));
            }
        } catch (IllegalArgumentException e) {
            // not a date or an amount: shown as the sheet holds it
        }
        return CellParser.text(cell);
    }

    /**
     * The row's values in the order of the columns, as read ({@link #valueAsRead}), for a reject that can be
     * corrected and dropped again.
     */
    public List<String> originalValues() {
        return Arrays.stream(Column.values()).map(this::valueAsRead).toList();
    }
}
