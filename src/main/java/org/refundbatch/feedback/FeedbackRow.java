package org.refundbatch.feedback;

import org.refundbatch.sheet.SheetRow;

/** A row of the staff's sheet, as they wrote it, with what became of it; a null outcome for a row not read. */
public record FeedbackRow(SheetRow row, RowOutcome outcome) {
}
