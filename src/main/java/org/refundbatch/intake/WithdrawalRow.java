package org.refundbatch.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.refundbatch.sheet.CellParser;
import org.refundbatch.sheet.SheetCell;

/**
 * A data row of a withdrawal sheet, its cells by column, with where it came from.
 *
 * @param rowNumber the row number as the user sees it in a spreadsheet program
 */
public record WithdrawalRow(String sourceFile, int fileSeq, int rowNumber, Map<Column, SheetCell> cells) {

    public WithdrawalRow {
        cells = new EnumMap<>(cells);
    }

    public SheetCell cell(Column column) {
        return cells.getOrDefault(column, SheetCell.BLANK);
    }

    /** The row's values as text, in the order of the columns, for a reject that can be corrected and dropped again. */
    public List<String> originalValues() {
        return java.util.Arrays.stream(Column.values()).map(c -> CellParser.text(cell(c))).toList();
    }
}
