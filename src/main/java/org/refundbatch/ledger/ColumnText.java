package org.refundbatch.ledger;

/**
 * The one cut of a text to the width of its ledger column, used by every insert into {@code staged_file} and
 * {@code reject}: a file name of 300 characters or a reason quoting a header of 10,000 never fails a night, it
 * is shortened and ends in {@code …} so a reader sees it was cut.
 */
public final class ColumnText {

    /** {@code staged_file.file_name} and {@code reject.source_file}. */
    public static final int FILE_NAME = 255;
    /** {@code staged_file.reason}, {@code reject.reason}, {@code reject.column_value} and the original values. */
    public static final int TEXT = 1024;
    /** {@code reject.column_name}. */
    public static final int COLUMN_NAME = 64;

    private ColumnText() {
    }

    /** The text, or its first {@code width - 1} characters and {@code …}; never a half surrogate pair. */
    public static String cut(String text, int width) {
        if (text == null || text.length() <= width) {
            return text;
        }
        int end = width - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
