package org.refundbatch.payout;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the finance workbook, made once per workbook (a workbook holds at most 64,000 styles). */
final class ReportStyles {

    static final String AMOUNT_FORMAT = "#,##0.00";
    static final String DATE_FORMAT = "yyyy-mm-dd";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle section;
    final CellStyle header;
    final CellStyle headerRight;
    final CellStyle label;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle amount;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle credits;
    final CellStyle count;
    final CellStyle totalLabel;
    final CellStyle totalCount;
    final CellStyle totalAmount;

    ReportStyles(Workbook workbook) {
        Font bold = font(workbook, 11, true, IndexedColors.BLACK);
        title = style(workbook, font(workbook, 16, true, IndexedColors.DARK_BLUE), null);
        subtitle = style(workbook, font(workbook, 10, false, IndexedColors.GREY_50_PERCENT), null);
        section = style(workbook, font(workbook, 12, true, IndexedColors.DARK_BLUE), null);
        section.setBorderBottom(BorderStyle.MEDIUM);
        section.setBottomBorderColor(IndexedColors.DARK_BLUE.getIndex());
        header = style(workbook, bold, null);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        headerRight = workbook.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
        label = style(workbook, null, null);
        text = style(workbook, null, null);
        quotedText = style(workbook, null, null);
        quotedText.setQuotePrefixed(true);
        amount = style(workbook, null, AMOUNT_FORMAT);
        date = style(workbook, null, DATE_FORMAT);
        date.setAlignment(HorizontalAlignment.RIGHT);
        integer = style(workbook, null, "0");
        credits = style(workbook, null, "0.0");
        count = style(workbook, null, "#,##0");
        totalLabel = total(workbook, bold, null);
        totalCount = total(workbook, bold, "#,##0");
        totalAmount = total(workbook, bold, AMOUNT_FORMAT);
    }

    private static CellStyle total(Workbook workbook, Font font, String format) {
        CellStyle style = style(workbook, font, format);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.DOUBLE);
        return style;
    }

    private static CellStyle style(Workbook workbook, Font font, String format) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    private static Font font(Workbook workbook, int points, boolean bold, IndexedColors color) {
        Font font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setColor(color.getIndex());
        return font;
    }
}
