package org.refundbatch.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
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
    /** Day first; a two-digit year is this century's, as LibreOffice's Belgian default format DD/MM/YY shows it. */
    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?: " + TIME + ")?");
    private static final Pattern AMOUNT_CHARS = Pattern.compile("-?[0-9.,]+");
    /** What may stand before a single separator that is followed by three digits and still be thousands. */
    private static final Pattern THOUSANDS_OR_WHOLE = Pattern.compile("-?[1-9]\\d{0,2}");

    /**
     * What spreadsheet programs show for a formula that failed, in English and Dutch Excel and as
     * LibreOffice's {@code Err:502}: the text a CSV file saved from such a sheet holds.
     */
    private static final Pattern ERROR_TEXT = Pattern.compile("#(?:N/A|VALUE!|REF!|DIV/0!|NAME\\?|NUM!|NULL!"
            + "|SPILL!|CALC!|N/B|WAARDE!|VERW!|DEEL/0!|NAAM\\?|GETAL!|LEEG!|OVERLOOP!|BEREKENING!)|Err:\\d{3}",
            Pattern.CASE_INSENSITIVE);

    private CellParser() {
    }

    /** True for an error cell, or for text that is an error as a spreadsheet program shows it ({@code #N/A}). */
    public static boolean isError(SheetCell cell) {
        return cell.kind() == SheetCell.Kind.ERROR
                || cell.kind() == SheetCell.Kind.TEXT && ERROR_TEXT.matcher(cell.value().strip()).matches();
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
     * A date: an Excel date cell, or text {@code 2026-11-03}, {@code 03/11/2026}, {@code 3-11-2026},
     * {@code 03.11.2026} or {@code 03/11/26} (day first; a two-digit year is 20yy).
     */
    public static LocalDate date(SheetCell cell) {
        String text = cell.value().strip();
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            throw new IllegalArgumentException("'" + text + "' is a number, not a date: type the date as dd/mm/yyyy"
                    + " or format the cell as a date");
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return date(text, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            int year = Integer.parseInt(dayFirst.group(4));
            return date(text, dayFirst.group(4).length() == 2 ? 2000 + year : year,
                    Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(1)));
        }
        throw new IllegalArgumentException("'" + text + "' is not a date: write it as dd/mm/yyyy, e.g. 03/11/2026");
    }

    /** The date, or what is wrong with it in words: there is no 31 February. */
    private static LocalDate date(String text, int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + text + "' is not a date: there is no month " + month
                    + " (write dd/mm/yyyy)");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw new IllegalArgumentException("'" + text + "' is not a date: " + (day < 1 ? "there is no day " + day
                    : name + " " + year + " has " + yearMonth.lengthOfMonth() + " days") + " (write dd/mm/yyyy)");
        }
        return yearMonth.atDay(day);
    }

    /**
     * An amount in euro and cents: a number cell, or text such as {@code 1116}, {@code 1116.00},
     * {@code 1.116,00}, {@code € 1 116,00}. More than two decimals are refused, as is everything
     * {@link #amountAsWritten} refuses.
     */
    public static BigDecimal amount(SheetCell cell) {
        BigDecimal value = amountAsWritten(cell);
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(plain(value) + " has more than two decimals: an amount is in euro"
                    + " and cents");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * The amount a cell holds, with as many decimals as it was written with. A single separator followed
     * by exactly three digits ({@code 1.116}) could be either a thousands separator or decimals, so it is
     * refused rather than guessed; thousands separators must split the whole part in groups of three
     * digits ({@code 1.2.3} is refused, not read as 123).
     */
    public static BigDecimal amountAsWritten(SheetCell cell) {
        String original = cell.value().strip();
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            return decimal(original, original);
        }
        String text = original.replace("€", "").replace("EUR", "").replace("eur", "")
                .replaceAll("[\\s\\u00a0\\u202f']", "");
        if (text.isEmpty() || !AMOUNT_CHARS.matcher(text).matches()) {
            throw notAnAmount(original);
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
            throw new IllegalArgumentException("'" + original + "' is ambiguous: is the " + mark
                    + " a thousands separator or a decimal mark? Write the amount with two decimals, e.g. 1116,00");
        }
        return decimal(text.replace(mark, '.'), original);
    }

    /** An amount as the outputs write it: a point and at least two decimals ({@code 1116.00}, {@code 1116.005}). */
    public static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /** The whole part without its thousands separators, which must split it in groups of three digits. */
    private static String withoutGrouping(String whole, char separator, String original) {
        String group = separator == '.' ? "\\." : ",";
        if (!whole.matches("-?\\d{1,3}(" + group + "\\d{3})*")) {
            throw new IllegalArgumentException("'" + original + "' is not an amount: thousands separators must split"
                    + " it in groups of three digits; write it without them, e.g. 1116,00");
        }
        return whole.replace(String.valueOf(separator), "");
    }

    private static BigDecimal decimal(String plain, String original) {
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw notAnAmount(original);
        }
    }

    private static IllegalArgumentException notAnAmount(String original) {
        return new IllegalArgumentException("'" + original + "' is not an amount: write the amount in euro,"
                + " e.g. 1116,00");
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
