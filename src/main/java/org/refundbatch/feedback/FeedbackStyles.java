package org.refundbatch.feedback;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of a feedback workbook, made once per workbook. */
final class FeedbackStyles {

    /** The workbook's default style (index 0). */
    final CellStyle plain;
    final CellStyle title;
    final CellStyle header;
    final CellStyle outcomeHeader;
    final CellStyle text;
    final CellStyle amount;
    final CellStyle date;
    final CellStyle rejected;
    final CellStyle rejectedDate;
    final CellStyle offending;
    final CellStyle bold;

    FeedbackStyles(Workbook workbook) {
        plain = workbook.getCellStyleAt(0);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        header = filled(workbook, IndexedColors.GREY_25_PERCENT);
        header.setFont(boldFont);
        outcomeHeader = filled(workbook, IndexedColors.PALE_BLUE);
        outcomeHeader.setFont(boldFont);
        text = workbook.createCellStyle();
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        rejected = filled(workbook, IndexedColors.ROSE);
        rejectedDate = filled(workbook, IndexedColors.ROSE);
        rejectedDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        offending = filled(workbook, IndexedColors.RED);
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        offending.setFont(white);
    }

    private static CellStyle filled(Workbook workbook, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
