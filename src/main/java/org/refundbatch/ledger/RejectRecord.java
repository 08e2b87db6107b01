package org.refundbatch.ledger;

import java.util.List;

/**
 * A row (or, with {@code sourceRow} 0, a whole file) that could not be refunded, with the reason and
 * the row's original values in the order of {@link Column}, so the rejects file can repeat them to be corrected and
 * dropped again.
 *
 * @param column the column at fault, or null when the reason concerns the whole row or file
 */
public record RejectRecord(String sourceFile, int fileSeq, int sourceRow, String column, String value,
                           String reason, List<String> original) {

    public RejectRecord {
        original = original == null ? List.of() : List.copyOf(original.stream().map(v -> v == null ? "" : v).toList());
    }

    /** The row's original value in that column, or null when the reject holds none (a whole file). */
    public String original(Column column) {
        return column.ordinal() < original.size() ? original.get(column.ordinal()) : null;
    }
}
