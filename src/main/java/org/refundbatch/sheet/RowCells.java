package org.refundbatch.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of the row being read, by column. Gaps between cells are blank; blank cells after the
 * last value are dropped (a styled but empty column is no data). One instance serves all rows of a
 * sheet, so reading a row allocates nothing beyond the {@link SheetRow} it gives.
 */
final class RowCells {

    private final List<SheetCell> cells = new ArrayList<>();

    void put(int column, SheetCell cell) {
        while (cells.size() < column) {
            cells.add(SheetCell.BLANK);
        }
        if (column < cells.size()) {
            cells.set(column, cell);
        } else {
            cells.add(cell);
        }
    }

    /** The row with this Excel row number, or null when it holds only blanks; starts the next row. */
    SheetRow finish(int number) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isBlank()) {
            last--;
        }
        SheetRow row = last < 0 ? null : new SheetRow(number, trimmed(last));
        cells.clear();
        return row;
    }

    private List<SheetCell> trimmed(int last) {
        int end = cells.size();
        while (end > last + 1 && cells.get(end - 1).kind() == SheetCell.Kind.BLANK) {
            end--;
        }
        return end == cells.size() ? cells : cells.subList(0, end);
    }
}
