package org.refundbatch.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.refundbatch.sheet.HeaderNames;
import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.UnreadableSheetException;

/** Where each column of a withdrawal sheet stands, found from its header row; extra columns are ignored. */
public final class HeaderMapping {

    private final Map<Column, Integer> positions;

    private HeaderMapping(Map<Column, Integer> positions) {
        this.positions = positions;
    }

    /**
     * Maps the header row.
     *
     * @throws UnreadableSheetException when a required column is missing, naming it and the headers found
     */
    public static HeaderMapping of(SheetRow header, String fileName) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = HeaderNames.normalize(header.cell(i).value());
            for (Column column : Column.values()) {
                if (column.matches(name)) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            List<String> found = header.cells().stream().filter(c -> !c.isBlank()).map(SheetCell::value).toList();
            throw new UnreadableSheetException(fileName + " row " + header.number() + ": missing required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " (headers found: "
                    + String.join(", ", found) + ")");
        }
        return new HeaderMapping(positions);
    }

    /** The row's cell of that column, blank when the sheet has no such column. */
    public SheetCell cell(SheetRow row, Column column) {
        Integer position = positions.get(column);
        return position == null ? SheetCell.BLANK : row.cell(position);
    }
}
