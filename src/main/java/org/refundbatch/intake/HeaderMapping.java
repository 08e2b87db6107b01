package org.refundbatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.refundbatch.ledger.Column;
import org.refundbatch.sheet.HeaderNames;
import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.UnreadableSheetException;

/** Where each column of a withdrawal sheet stands, found from its header row; extra columns are ignored. */
public final class HeaderMapping {

    private final Map<Column, Integer> positions;
    private final List<String> unread;

    private HeaderMapping(Map<Column, Integer> positions, List<String> unread) {
        this.positions = positions;
        this.unread = List.copyOf(unread);
    }

    /**
     * Maps the header row.
     *
     * @param fileName the file, as messages name it (with the sheet read, for a workbook)
     * @throws UnreadableSheetException when a required column is missing, naming it and the headers found
     */
    public static HeaderMapping of(SheetRow header, String fileName) {
        Map<Column, Integer> positions = positions(header);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            if (!positions.containsValue(i) && !header.cell(i).isBlank()) {
                unread.add(header.cell(i).value().strip());
            }
        }
        List<String> missing = missingColumns(positions);
        if (!missing.isEmpty()) {
            List<String> found = header.cells().stream().filter(c -> !c.isBlank()).map(SheetCell::value).toList();
            throw new UnreadableSheetException(fileName + " row " + header.number() + ": no column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; the first row that is not empty must name the columns (found: " + String.join(", ", found)
                    + ")");
        }
        return new HeaderMapping(positions, unread);
    }

    /** The required columns a candidate header row does not name, as messages name them; empty for a header. */
    static List<String> missingColumns(SheetRow row) {
        return missingColumns(positions(row));
    }

    private static Map<Column, Integer> positions(SheetRow header) {
        return HeaderNames.positions(header, Column.class, Column::names);
    }

    private static List<String> missingColumns(Map<Column, Integer> positions) {
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header() + (column.aliases().isEmpty() ? ""
                        : " (or " + String.join(", ", column.aliases()) + ")"));
            }
        }
        return missing;
    }

    /** The headers of the columns that are not read: extra columns, or a second column of the same name. */
    public List<String> unreadColumns() {
        return unread;
    }

    /** Where the column stands in the sheet (0 for column A), or -1 when the sheet has no such column. */
    public int position(Column column) {
        Integer position = positions.get(column);
        return position == null ? -1 : position;
    }

    /** The row's cell of that column, blank when the sheet has no such column. */
    public SheetCell cell(SheetRow row, Column column) {
        Integer position = positions.get(column);
        return position == null ? SheetCell.BLANK : row.cell(position);
    }
}
