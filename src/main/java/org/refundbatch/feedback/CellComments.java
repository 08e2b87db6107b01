package org.refundbatch.feedback;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The comments of a sheet, at most a set number of them. A streaming workbook writes its cells out as it goes, but
 * POI keeps every comment (the comments part and its VML drawing) in memory until the workbook is written, so the
 * number of comments, not the number of rows, is what a feedback workbook's memory grows with.
 */
final class CellComments {

    private final Drawing<?> drawing;
    private final int max;
    private int written;
    private boolean leftOut;

    /** @param max the most comments written; those asked for beyond it are left out */
    CellComments(Sheet sheet, int max) {
        this.drawing = sheet.createDrawingPatriarch();
        this.max = max;
    }

    /** Comments the cell, unless the sheet has its most comments already. */
    void add(Cell cell, String text) {
        if (written >= max) {
            leftOut = true;
            return;
        }
        CreationHelper factory = cell.getSheet().getWorkbook().getCreationHelper();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("refund-batch");
        // the drawing places the comment at the anchor's corner; it belongs to the cell
        comment.setAddress(cell.getAddress());
        cell.setCellComment(comment);
        written++;
    }

    /** How many comments were written. */
    int written() {
        return written;
    }

    /** Whether a comment was asked for beyond the most. */
    boolean leftOut() {
        return leftOut;
    }
}
