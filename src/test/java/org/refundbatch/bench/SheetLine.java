package org.refundbatch.bench;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One generated withdrawal row, as a spreadsheet would hold it. A date or an amount is either a typed
 * value (an Excel date or number cell; written as text in a CSV file) or, for a row meant to be rejected,
 * text that is not one ({@code 31/02/2026}).
 *
 * @param date the withdrawal date, or null when the row holds {@code dateText} instead (or nothing)
 * @param dateText the date as a CSV file writes it
 * @param amount the amount paid, or null when the row holds {@code amountText} instead (or nothing)
 * @param amountText the amount as a CSV file writes it
 */
record SheetLine(String studentId, String lastName, String firstName, String microCredential, String academicYear,
                 LocalDate date, String dateText, BigDecimal amount, String amountText, String iban, String bic,
                 String reference) {

    static final String[] HEADER = {"student_id", "last_name", "first_name", "micro_credential", "academic_year",
            "withdrawal_date", "amount_paid", "iban", "bic", "reference"};

    /** The row's cells as text, in the order of {@link #HEADER}. */
    String[] csvValues() {
        return new String[] {studentId, lastName, firstName, microCredential, academicYear, dateText, amountText,
                iban, bic, reference};
    }
}
