package org.refundbatch.sheet;

import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Which cell styles of a workbook show a number as a date. Excel has no date type: a date is a number
 * whose style has a date format. Worked out once per style when the file is opened, so reading a cell
 * costs an array lookup.
 */
final class DateStyles {

    static final DateStyles NONE = new DateStyles(new boolean[0]);

    private final boolean[] dateStyle;

    private DateStyles(boolean[] dateStyle) {
        this.dateStyle = dateStyle;
    }

    /** The date styles of an {@code .xlsx} workbook ({@code cellXfs} in {@code styles.xml}); NONE without styles. */
    static DateStyles of(StylesTable styles) {
        if (styles == null) {
            return NONE;
        }
        boolean[] dates = new boolean[styles.getNumCellStyles()];
        for (int i = 0; i < dates.length; i++) {
            XSSFCellStyle style = styles.getStyleAt(i);
            dates[i] = style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        }
        return new DateStyles(dates);
    }

    /**
     * The date styles of an {@code .xls} workbook.
     *
     * @param formatIndexes the number format index of each extended format (XF) record, in file order
     * @param formatString  the format string of a number format index (custom or built in), or null
     */
    static DateStyles of(int[] formatIndexes, IntFunction<String> formatString) {
        boolean[] dates = new boolean[formatIndexes.length];
        for (int i = 0; i < dates.length; i++) {
            int index = formatIndexes[i];
            dates[i] = DateUtil.isADateFormat(index, formatString.apply(index));
        }
        return new DateStyles(dates);
    }

    /** True when the style at {@code index} formats numbers as dates (or times). */
    boolean isDate(int index) {
        return index >= 0 && index < dateStyle.length && dateStyle[index];
    }
}
