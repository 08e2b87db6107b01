package org.refundbatch.payout;

/**
 * Neutralises text a spreadsheet program could take for a formula (CSV or formula injection, DESIGN §3): text
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}.
 * Every text cell of the CSV and XLSX outputs goes through here.
 */
public final class SpreadsheetText {

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
}
