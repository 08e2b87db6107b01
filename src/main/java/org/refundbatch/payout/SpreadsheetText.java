package org.refundbatch.payout;

/**
 * Keeps text from being run as a formula when a spreadsheet program opens an output (CSV or formula
 * injection): text starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a
 * leading {@code '}.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public static String neutralise(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
