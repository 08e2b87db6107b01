package org.refundbatch.sheet;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of a sheet the program reads before it rejects the file whole ({@code refund.limits.*}), checked
 * while the file is streamed, so that nothing a file holds can exhaust the heap. The defaults are Excel's own
 * limits where it has one, and let a night of a million rows in one {@code .xlsx} or {@code .csv} through.
 *
 * @param fileSize the size of a file in the inbox
 * @param partSize the uncompressed bytes of one part of a workbook (an {@code .xlsx} zip entry, the
 *        {@code .xls} workbook stream)
 * @param sharedStrings the bytes the shared strings of an {@code .xlsx} take in memory (their text as UTF-8
 *        plus 4 bytes a string): they are all kept while the sheet is read
 * @param cellText the characters of one cell (Excel's limit: 32,767)
 * @param columnsPerRow the columns of one row (Excel's limit: 16,384)
 * @param rowsPerFile the rows of one file, header included (Excel's limit: 1,048,576)
 * @param csvLineLength the characters of one CSV record (a quoted value may span lines: they count together)
 */
@ConfigurationProperties("refund.limits")
public record SheetLimits(@DefaultValue("512MB") DataSize fileSize, @DefaultValue("2GB") DataSize partSize,
                          @DefaultValue("96MB") DataSize sharedStrings, @DefaultValue("32767") int cellText,
                          @DefaultValue("16384") int columnsPerRow, @DefaultValue("1048576") int rowsPerFile,
                          @DefaultValue("1048576") int csvLineLength) {

    /** The defaults, as the settings give them when none is set. */
    public static final SheetLimits DEFAULTS = new SheetLimits(DataSize.ofMegabytes(512), DataSize.ofGigabytes(2),
            DataSize.ofMegabytes(96), 32_767, 16_384, 1_048_576, 1_048_576);

    public SheetLimits {
        if (fileSize.toBytes() < 1 || partSize.toBytes() < 1 || sharedStrings.toBytes() < 1 || cellText < 1
                || columnsPerRow < 1 || rowsPerFile < 2 || csvLineLength < 1) {
            throw new IllegalArgumentException("refund.limits.* must be positive (rows-per-file at least 2)");
        }
    }

    /** The reason a file is rejected for: what it holds, the limit and the setting that raises it. */
    public static String reached(String what, long limit, String unit, String setting) {
        return what + " more than " + String.format(Locale.ROOT, "%,d", limit) + " " + unit
                + " (the limit refund.limits." + setting + "; ask the administrator to raise it if the file is right,"
                + " or split the file)";
    }

    /** {@link #reached} as the exception a sheet reader throws. */
    static UnreadableSheetException exceeded(String fileName, String what, long limit, String unit, String setting) {
        return new UnreadableSheetException(fileName + ": " + reached(what, limit, unit, setting));
    }
}
