package org.refundbatch.intake;

import java.util.List;

import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetReader;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.UnreadableSheetException;

/**
 * Finds the header row of a withdrawal sheet. DESIGN §2.1 as amended: "the header is the first row, within the
 * first 20 non-empty rows, in which the required columns are found; rows above it are ignored". A title such as
 * {@code Stopzettingen december 2026} above the column names is therefore no error, and row numbers stay those
 * the spreadsheet program shows.
 */
public final class HeaderSearch {

    /** How many non-empty rows are looked at for the column names. */
    public static final int ROWS_SEARCHED = 20;

    private HeaderSearch() {
    }

    /** The header row and where its columns stand. */
    public record Header(SheetRow row, HeaderMapping mapping) {
    }

    /**
     * Reads rows from {@code reader} up to and including the header row, leaving the reader on the first data
     * row.
     *
     * @param where the file, as messages name it (with the sheet read, for a workbook)
     * @return the header, or null when the sheet has no row that is not empty
     * @throws UnreadableSheetException when no row of the first {@value #ROWS_SEARCHED} non-empty ones names the
     *                                  required columns, naming the columns the best candidate row lacks
     */
    public static Header find(SheetReader reader, String where) {
        SheetRow best = null;
        List<String> bestMissing = null;
        int searched = 0;
        SheetRow row;
        while (searched < ROWS_SEARCHED && (row = reader.next()) != null) {
            searched++;
            List<String> missing = HeaderMapping.missingColumns(row);
            if (missing.isEmpty()) {
                return new Header(row, HeaderMapping.of(row, where));
            }
            if (bestMissing == null || missing.size() < bestMissing.size()) {
                best = row;
                bestMissing = missing;
            }
        }
        if (best == null) {
            return null;
        }
        List<String> found = best.cells().stream().filter(c -> !c.isBlank()).map(SheetCell::value).toList();
        throw new UnreadableSheetException(where + " row " + best.number() + ": no column"
                + (bestMissing.size() > 1 ? "s " : " ") + String.join(", ", bestMissing)
                + "; put the column names in one row above the withdrawals, within the first " + ROWS_SEARCHED
                + " rows that are not empty, and drop the file again (row " + best.number()
                + ", the closest, has: " + String.join(", ", found)
                + ")");
    }
}
