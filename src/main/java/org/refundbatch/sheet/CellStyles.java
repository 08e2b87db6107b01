package org.refundbatch.sheet;

import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What the number format of each cell style of a workbook says about a number: that it is a date, or a
 * whole number shown padded with zeros, as {@code 0000000} shows 123456 as {@code 0123456}. Excel has no
 * date type: a date is a number whose style has a date format; and people who type student numbers with
 * leading zeros often keep them with such a format rather than as text. Worked out once per style when
 * the file is opened, so reading a cell costs an array lookup.
 */
final class CellStyles {

    static final CellStyles NONE = new CellStyles(new int[0]);

    private static final int DATE = -1;
    /** Zeros only, after a locale or colour in brackets ({@code [$-813]0000000}), before any other section. */
    private static final Pattern ZEROS = Pattern.compile("(?:\\[[^\\]]*\\])*(0{2,})(?:;.*)?");

    /** Per style: {@link #DATE}, the width a whole number is padded to with zeros, or 0. */
    private final int[] shape;

    private CellStyles(int[] shape) {
        this.shape = shape;
    }

    /** The styles of an {@code .xlsx} workbook ({@code cellXfs} in {@code styles.xml}); NONE without styles. */
    static CellStyles of(StylesTable styles) {
        if (styles == null) {
            return NONE;
        }
        int[] shape = new int[styles.getNumCellStyles()];
        for (int i = 0; i < shape.length; i++) {
            XSSFCellStyle style = styles.getStyleAt(i);
            shape[i] = style == null ? 0 : shape(style.getDataFormat(), style.getDataFormatString());
        }
        return new CellStyles(shape);
    }

    /**
     * The styles of an {@code .xls} workbook.
     *
     * @param formatIndexes the number format index of each extended format (XF) record, in file order
     * @param formatString  the format string of a number format index (custom or built in), or null
     */
    static CellStyles of(int[] formatIndexes, IntFunction<String> formatString) {
        int[] shape = new int[formatIndexes.length];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shape(formatIndexes[i], formatString.apply(formatIndexes[i]));
        }
        return new CellStyles(shape);
    }

    private static int shape(int formatIndex, String format) {
        if (DateUtil.isADateFormat(formatIndex, format)) {
            return DATE;
        }
        Matcher zeros = format == null ? null : ZEROS.matcher(format);
        return zeros != null && zeros.matches() ? zeros.group(1).length() : 0;
    }

    /** True when the style at {@code index} formats numbers as dates (or times). */
    boolean isDate(int index) {
        return index >= 0 && index < shape.length && shape[index] == DATE;
    }

    /** The number of digits the style at {@code index} pads a whole number to with zeros; 0 when it does not. */
    int zeroPaddedWidth(int index) {
        return index >= 0 && index < shape.length ? Math.max(shape[index], 0) : 0;
    }
}
