package org.refundbatch.sheet;

import java.io.Closeable;

/** Streams the rows of one sheet, never holding the whole file in memory. Blank rows are skipped. */
public interface SheetReader extends Closeable {

    /** A sheet without rows. */
    SheetReader EMPTY = new SheetReader() {
        @Override
        public SheetRow next() {
            return null;
        }

        @Override
        public void close() {
        }
    };

    /** The name on the tab of the sheet being read, or null for a file that has no tabs (CSV). */
    default String sheetName() {
        return null;
    }

    /**
     * The next row that is not blank, or null at the end of the sheet.
     *
     * @throws UnreadableSheetException when the file breaks off or is not what it claims to be
     */
    SheetRow next();
}
