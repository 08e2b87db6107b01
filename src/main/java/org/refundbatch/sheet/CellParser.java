package org.refundbatch.sheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cells as a Belgian user typed them: day-first dates, decimal commas, euro signs and
 * thousands separators. Each method throws {@link IllegalArgumentException} with a message meant for
 * the person who typed the value.
 */
public final class CellParser {

    /** A time of day after a date, as spreadsheet programs write it: {@code 00:00}, {@code 14:30:00.000}. */
    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?";
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]" + TIME + ")?");
    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?: " + TIME + ")?");
    private static final Pattern AMOUNT_CHARS = Pattern.compile("-?[0-9.,]+");
    /** What may stand before a single separator that is followed by three digits and still be thousands. */
    private static final Pattern THOUSANDS_OR_WHOLE = Pattern.compile("-?[1-9]\\d{0,2}");

    private CellParser() {
    }

    /** The cell as text: trimmed; a number without exponent or trailing {@code .0} (student numbers). */
    public static String text(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            try {
                BigDecimal number = new BigDecimal(cell.value().strip()).stripTrailingZeros();
                return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
            } catch (NumberFormatException e) {
                return cell.value().strip();
            }
        }
        return cell.value().strip();
    }

    /**
     * A date: an Excel date cell, or text {@code 2026-11-03}, {@code 03/11/2026}, {@code 3-11-2026} or
     * {@code 03.11.2026} (day first).
     */
    public static LocalDate date(SheetCell cell) {
        String text = cell.value().strip();
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            throw new IllegalArgumentException("'" + text + "' is a number, not a date (use dd/mm/yyyy)");
        }
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(4)), Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(1)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (" + e.getMessage() + "; use dd/mm/yyyy)");
        }
        throw new IllegalArgumentException("'" + text + "' is not a date (use dd/mm/yyyy)");
    }

    /**
     * An amount in euro: a number cell, or text such as {@code 1116}, {@code 1116.00}, {@code 1.116,00},
     * {@code € 1 116,00}. A single separator followed by exactly three digits ({@code 1.116}) could be
     * either a thousands separator or decimals, so it is refused rather than guessed; thousands separators
     * must split the whole part in groups of three digits ({@code 1.2.3} is refused, not read as 123).
     */
    public static BigDecimal amount(SheetCell cell) {
        String original = cell.value().strip();
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            return decimal(original, original);
        }
        String text = original.replace("€", "").replace("EUR", "").replace("eur", "")
                .replaceAll("[\\s\\u00a0\\u202f']", "");
        if (text.isEmpty() || !AMOUNT_CHARS.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + original + "' is not an amount (use 1116,00)");
        }
        int lastDot = text.lastIndexOf('.');
        int lastComma = text.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            int decimalMark = Math.max(lastDot, lastComma);
            char grouping = lastDot > lastComma ? ',' : '.';
            return decimal(withoutGrouping(text.substring(0, decimalMark), grouping, original) + "."
                    + text.substring(decimalMark + 1), original);
        }
        if (lastDot < 0 && lastComma < 0) {
            return decimal(text, original);
        }
        char mark = lastDot >= 0 ? '.' : ',';
        int first = text.indexOf(mark);
        if (first != text.lastIndexOf(mark)) {
            return decimal(withoutGrouping(text, mark, original), original);
        }
        String whole = text.substring(0, first);
        if (text.length() - first - 1 == 3 && THOUSANDS_OR_WHOLE.matcher(whole).matches()) {
            throw new IllegalArgumentException("'" + original
                    + "' is ambiguous: thousands or decimals? (write 1116,00 or 1116.00)");
        }
        return decimal(text.replace(mark, '.'), original);
    }

    /** The whole part without its thousands separators, which must split it in groups of three digits. */
    private static String withoutGrouping(String whole, char separator, String original) {
        String group = separator == '.' ? "\\." : ",";
        if (!whole.matches("-?\\d{1,3}(" + group + "\\d{3})*")) {
            throw new IllegalArgumentException("'" + original
                    + "' is not an amount: thousands separators must split it in groups of three digits (use 1116,00)");
        }
        return whole.replace(String.valueOf(separator), "");
    }

    private static BigDecimal decimal(String plain, String original) {
        try {
            BigDecimal value = new BigDecimal(plain);
            if (value.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("'" + original + "' has more than two decimals");
            }
            return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + original + "' is not an amount (use 1116,00)");
        }
    }

    /** A plain decimal number (credits, fees): a number cell or text with a point or a comma as decimal mark. */
    public static BigDecimal number(SheetCell cell) {
        String text = cell.value().strip().replace(',', '.');
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cell.value().strip() + "' is not a number");
        }
    }
}
