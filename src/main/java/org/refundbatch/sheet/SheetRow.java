package org.refundbatch.sheet;

import java.util.List;

/**
 * A row of a sheet.
 *
 * @param number the row number as the user sees it in a spreadsheet program (the header row of a
 *               CSV file is row 1)
 */
public record SheetRow(int number, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public SheetCell cell(int index) {
        return index < cells.size() ? cells.get(index) : SheetCell.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }
}
