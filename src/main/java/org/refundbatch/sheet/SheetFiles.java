package org.refundbatch.sheet;

import java.nio.file.Path;
import java.util.Locale;

/** Opens a sheet file by its kind: {@code .csv}, {@code .xlsx} or {@code .xls}. */
public final class SheetFiles {

    private SheetFiles() {
    }

    /** True for the file names the inbox takes. */
    public static boolean isSheet(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    /**
     * Opens {@code file}, reported to the user as {@code displayName}.
     *
     * @throws UnreadableSheetException when the file is not a sheet this program reads
     */
    public static SheetReader open(Path file, String displayName) {
        String name = displayName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvSheetReader(file, displayName);
        }
        throw new UnreadableSheetException(displayName + ": not a sheet this program reads (use .csv, .xlsx or .xls)");
    }
}
