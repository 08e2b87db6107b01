package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.refundbatch.ledger.OpenItem;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.payout.TableSheet.Column;
import org.refundbatch.policy.OpenItemReason;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundState;
import org.refundbatch.policy.RefundStatus;

/** The columns of the listings, as the CSV files and the workbook's sheets write them (DESIGN §4). */
class OutputColumnsTests {

    @Test
    void listsARefundsColumns() {
        assertThat(describe(OutputColumns.REFUNDS)).containsExactly("refund_id 18 TEXT", "student_id 12 TEXT",
                "last_name 22 TEXT", "first_name 16 TEXT", "micro_credential 18 TEXT", "academic_year 15 TEXT",
                "withdrawal_date 17 DATE", "rule 28 TEXT", "registration_fee 18 AMOUNT", "entitlement 14 AMOUNT",
                "amount_paid 14 AMOUNT", "refund_amount 16 AMOUNT", "status 14 TEXT", "iban 24 TEXT",
                "reference 20 TEXT", "source_file 28 TEXT", "source_row 13 INTEGER");
        RefundRecord refund = RefundFixtures.refund("R-1", "Peeters", "An", RefundRule.FULL,
                new BigDecimal("495.00"), RefundStatus.PAYABLE, "BE68539007547034", "GEBABEBB");

        assertThat(values(OutputColumns.REFUNDS, refund)).containsExactly("R-1", refund.studentId(), "Peeters", "An",
                "MC-DATA", "2026-2027", LocalDate.of(2026, 10, 15), "FULL", new BigDecimal("1116.00"),
                new BigDecimal("1116.00"), null, new BigDecimal("495.00"), "PAYABLE", "BE68539007547034",
                "dossier 12", "withdrawals-nov.xlsx", 2);
    }

    @Test
    void listsAnOpenItemsColumns() {
        assertThat(describe(OutputColumns.OPEN_ITEMS)).containsExactly("refund_id 18 TEXT", "student_id 12 TEXT",
                "last_name 22 TEXT", "first_name 16 TEXT", "micro_credential 18 TEXT", "academic_year 15 TEXT",
                "refund_amount 16 AMOUNT", "state 11 TEXT", "reason_code 13 TEXT", "reason 40 TEXT",
                "decided_on 12 DATE", "age_days 10 INTEGER");
        OpenItem item = new OpenItem("R-2", "0001234", "Peeters", "An", "MC-DATA", "2026-2027",
                new BigDecimal("82.80"), RefundState.RETURNED, new OpenItemReason("AC04", "account closed"),
                LocalDate.of(2026, 11, 2), 28);

        assertThat(values(OutputColumns.OPEN_ITEMS, item)).containsExactly("R-2", "0001234", "Peeters", "An",
                "MC-DATA", "2026-2027", new BigDecimal("82.80"), "RETURNED", "AC04", "account closed",
                LocalDate.of(2026, 11, 2), 28L);
    }

    @Test
    void listsARejectsColumnsThenTheSheetsColumnsWithTheRowsOriginalValues() {
        assertThat(describe(OutputColumns.REJECTS)).containsExactly("source_file 28 TEXT", "source_row 13 INTEGER",
                "column 17 TEXT", "value 20 TEXT", "reason 60 TEXT", "student_id 16 TEXT", "last_name 16 TEXT",
                "first_name 16 TEXT", "micro_credential 16 TEXT", "academic_year 16 TEXT", "withdrawal_date 16 TEXT",
                "amount_paid 16 TEXT", "iban 16 TEXT", "bic 16 TEXT", "reference 16 TEXT");
        RejectRecord row = RefundFixtures.reject("nov.xlsx", 14, "withdrawal_date", "31/02/2026", "not a date");

        assertThat(values(OutputColumns.REJECTS, row)).containsExactly("nov.xlsx", 14, "withdrawal_date",
                "31/02/2026", "not a date", "0001234", "Peeters", "An", "MC-XYZ", "2026-2027", "31/02/2026", "", "",
                "", "");
    }

    @Test
    void leavesTheOriginalValuesOfAWholeFileRejectEmpty() {
        RejectRecord file = new RejectRecord("nov.xlsx", 1, 0, null, null, "not a spreadsheet", List.of());

        assertThat(values(OutputColumns.REJECTS, file)).containsExactly("nov.xlsx", null, null, null,
                "not a spreadsheet", null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> List<String> describe(List<Column<T>> columns) {
        return columns.stream().map(c -> c.header() + " " + c.width() + " " + c.kind()).toList();
    }

    private static <T> List<Object> values(List<Column<T>> columns, T row) {
        return columns.stream().map(c -> (Object) c.value().apply(row)).toList();
    }
}
