package org.refundbatch.payout;

import java.util.regex.Pattern;

/**
 * Neutralises text a spreadsheet program could take for a formula (CSV or formula injection, DESIGN §3): text
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}.
 * Every text cell of the CSV and XLSX outputs goes through here.
 */
public final class SpreadsheetText {

    /**
     * A field delimiter of any locale's spreadsheet program ({@code ,} {@code ;} tab), then spaces or quotes, then
     * a character that starts a formula: where a program that splits on another delimiter than ours starts a cell.
     */
    private static final Pattern FORMULA_AFTER_DELIMITER = Pattern.compile("([,;\\t][\\s\"]*)([=+\\-@])");

    private SpreadsheetText() {
    }

    /** Whether the text starts with a character that makes a spreadsheet program read it as a formula. */
    public static boolean needsNeutralising(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text with a leading {@code '} when it could be read as a formula, else unchanged; null stays null. */
    public static String neutralise(String text) {
        return needsNeutralising(text) ? "'" + text : text;
    }

    /**
     * A text field of a CSV output: {@link #neutralise neutralised} at its start, and after every {@code ,},
     * {@code ;} or tab inside it. Our CSV is comma-separated and quotes a field holding a comma, but Excel with
     * Belgian or Dutch settings splits a CSV on {@code ;} and ignores quotes that do not open a cell, so
     * {@code x;=HYPERLINK(...)} would there become a cell {@code =HYPERLINK(...)}: it is written
     * {@code x;'=HYPERLINK(...)}. Text without such a delimiter is as {@link #neutralise} leaves it.
     */
    public static String neutraliseForCsv(String text) {
        String neutral = neutralise(text);
        if (neutral == null || neutral.indexOf(',') < 0 && neutral.indexOf(';') < 0 && neutral.indexOf('\t') < 0) {
            return neutral;
        }
        return FORMULA_AFTER_DELIMITER.matcher(neutral).replaceAll("$1'$2");
    }
}
