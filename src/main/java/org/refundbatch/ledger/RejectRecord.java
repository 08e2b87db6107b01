package org.refundbatch.ledger;

import java.util.List;

/**
 * A row (or, with {@code sourceRow} 0, a whole file) that could not be refunded, with the reason and
 * the row's original values in the order of {@link #ORIGINAL_COLUMNS}.
 *
 * @param column the column at fault, or null when the reason concerns the whole row or file
 */
public record RejectRecord(String sourceFile, int fileSeq, int sourceRow, String column, String value,
                           String reason, List<String> original) {

    /** The withdrawal sheet's columns, as the rejects file repeats them so it can be corrected and dropped again. */
    public static final List<String> ORIGINAL_COLUMNS = List.of("student_id", "last_name", "first_name",
            "micro_credential", "academic_year", "withdrawal_date", "amount_paid", "iban", "bic", "reference");

    public RejectRecord {
        original = original == null ? List.of() : List.copyOf(original.stream().map(v -> v == null ? "" : v).toList());
    }
}
