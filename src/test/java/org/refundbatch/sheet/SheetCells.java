package org.refundbatch.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Short names for the cells and rows the reader tests expect. */
final class SheetCells {

    private SheetCells() {
    }

    static SheetCell text(String value) {
        return new SheetCell(SheetCell.Kind.TEXT, value);
    }

    static SheetCell number(String value) {
        return new SheetCell(SheetCell.Kind.NUMBER, value);
    }

    static SheetCell date(String value) {
        return new SheetCell(SheetCell.Kind.DATE, value);
    }

    static SheetCell bool(String value) {
        return new SheetCell(SheetCell.Kind.BOOLEAN, value);
    }

    static SheetCell error(String value) {
        return new SheetCell(SheetCell.Kind.ERROR, value);
    }

    static SheetCell blank() {
        return SheetCell.BLANK;
    }

    static SheetRow row(int number, SheetCell... cells) {
        return new SheetRow(number, List.of(cells));
    }

    /** Every row of the reader, which is closed afterwards. */
    static List<SheetRow> readAll(SheetReader reader) {
        try (reader) {
            List<SheetRow> rows = new ArrayList<>();
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
