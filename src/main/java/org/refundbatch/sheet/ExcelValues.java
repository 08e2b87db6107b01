package org.refundbatch.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns the numbers Excel stores into the cells a person sees.
 *
 * <p>Excel keeps numbers as binary doubles and shows at most 15 significant digits. A file therefore
 * stores {@code 1116.0000000000002} for what the user typed and sees as {@code 1116}, and some writers
 * store {@code 2.0231234E7} for {@code 20231234}. A number cell is rounded to 15 significant digits
 * (half-even, as Excel displays it), trailing zeros are dropped and it is written without exponent.
 * Numbers that already are plain with at most 15 digits are kept exactly as stored.
 */
final class ExcelValues {

    /** Excel's display precision: 15 significant digits. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final double LARGEST_EXACT_WHOLE = 1e15;

    private ExcelValues() {
    }

    /** A number cell from the decimal text stored in an {@code .xlsx} file. */
    static SheetCell number(String stored) {
        String text = stored.strip();
        if (isPlain(text)) {
            return new SheetCell(SheetCell.Kind.NUMBER, text);
        }
        try {
            return new SheetCell(SheetCell.Kind.NUMBER, plain(new BigDecimal(text)));
        } catch (NumberFormatException e) {
            // not a number after all: keep what the file says, row validation will name it
            return SheetCell.text(text);
        }
    }

    /**
     * A number cell from the double stored in an {@code .xls} file, as the same number stored in an {@code .xlsx}
     * file reads.
     *
     * <p>This is not POI's {@code NumberToTextConverter.toText}, the text Excel makes of a number in a formula: that
     * writes -0.0 as {@code -0}, large and small numbers with an exponent ({@code 1E+20} where a cell here is
     * {@code 100000000000000000000}, {@code 1.23456789E-15}), and rounds to 15 digits from the binary value rather
     * than from the shortest decimal form ({@code 1.000000000000005} is {@code 1.00000000000001} there, {@code 1}
     * here).
     */
    static SheetCell number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE) {
            return new SheetCell(SheetCell.Kind.NUMBER, Long.toString((long) value));
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new SheetCell(SheetCell.Kind.ERROR, "#NUM!");
        }
        return new SheetCell(SheetCell.Kind.NUMBER, plain(new BigDecimal(Double.toString(value))));
    }

    /**
     * A date cell from an Excel serial number in the workbook's date system; a number cell when the
     * serial is no date Excel can show (negative, or beyond 9999).
     */
    static SheetCell date(double serial, boolean date1904) {
        LocalDateTime dateTime = DateUtil.isValidExcelDate(serial)
                ? DateUtil.getLocalDateTime(serial, date1904, true) : null;
        if (dateTime == null || dateTime.getYear() > 9999) {
            return number(serial);
        }
        String value = dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? dateTime.toLocalDate().toString() : dateTime.format(DATE_TIME);
        return new SheetCell(SheetCell.Kind.DATE, value);
    }

    /** A date cell from the serial number stored in an {@code .xlsx} file; as {@link #number(String)} when it is none. */
    static SheetCell date(String stored, boolean date1904) {
        try {
            return date(Double.parseDouble(stored.strip()), date1904);
        } catch (NumberFormatException e) {
            return number(stored);
        }
    }

    /**
     * A whole number as a format such as {@code 0000000} shows it, {@code 0123456}: text, since the zeros
     * are what the person who typed it sees and means (a student number). Other numbers are left alone.
     */
    static SheetCell padded(SheetCell number, int width) {
        String digits = number.value();
        if (width == 0 || number.kind() != SheetCell.Kind.NUMBER || digits.length() >= width
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return number;
        }
        return SheetCell.text("0".repeat(width - digits.length()) + digits);
    }

    /** A date cell from an ISO 8601 value ({@code t="d"} cells written by some programs). */
    static SheetCell isoDate(String stored) {
        String text = stored.strip();
        try {
            if (text.length() <= 10) {
                return new SheetCell(SheetCell.Kind.DATE, java.time.LocalDate.parse(text).toString());
            }
            LocalDateTime dateTime = LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text);
            String value = dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? dateTime.toLocalDate().toString() : dateTime.format(DATE_TIME);
            return new SheetCell(SheetCell.Kind.DATE, value);
        } catch (java.time.format.DateTimeParseException e) {
            return SheetCell.text(text);
        }
    }

    private static String plain(BigDecimal value) {
        BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** Digits with an optional sign and decimals, at most 15 digits, no trailing decimal zero. */
    private static boolean isPlain(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (start == length || length - start > 16) {
            return false;
        }
        int digits = 0;
        int point = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return false;
            }
        }
        if (digits == 0 || digits > 15) {
            return false;
        }
        if (text.charAt(start) == '0' && length - start > 1 && point != start + 1) {
            return false;
        }
        return point < 0 || (point > start && point < length - 1 && text.charAt(length - 1) != '0');
    }
}
