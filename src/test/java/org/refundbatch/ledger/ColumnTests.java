package org.refundbatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The one list of a withdrawal sheet's columns, the names each is written and read by, and what the ledger derives
 * from it: the reject's original values and the {@code reject} table's columns.
 */
class ColumnTests {

    @Test
    void listsTheColumnsInTheOrderOfTheSheetAndTheRejects() {
        assertThat(Column.headers()).containsExactly("student_id", "last_name", "first_name", "micro_credential",
                "academic_year", "withdrawal_date", "amount_paid", "iban", "bic", "reference");
    }

    @Test
    void namesTheRejectTablesColumnsOfTheOriginalValuesAsTheColumns() {
        assertThat(LedgerRepository.REJECT_COLUMNS).isEqualTo("run_date, file_seq, source_row, source_file,"
                + " column_name, column_value, reason, student_id, last_name, first_name, micro_credential,"
                + " academic_year, withdrawal_date, amount_paid, iban, bic, reference");
    }

    @Test
    void givesARejectsOriginalValueByColumn() {
        RejectRecord row = new RejectRecord("nov.xlsx", 1, 14, "withdrawal_date", "31/02/2026", "not a date",
                List.of("0001234", "Peeters", "An", "MC-XYZ", "2026-2027", "31/02/2026", "", "BE68", "", "dossier"));
        RejectRecord file = new RejectRecord("nov.xlsx", 1, 0, null, null, "not a spreadsheet", List.of());

        assertThat(Arrays.stream(Column.values()).map(row::original)).containsExactly("0001234", "Peeters", "An",
                "MC-XYZ", "2026-2027", "31/02/2026", "", "BE68", "", "dossier");
        assertThat(Arrays.stream(Column.values()).map(file::original)).containsOnlyNulls().hasSize(10);
    }

    @Test
    void namesEachColumnInDutchAsTheTemplateWritesIt() {
        assertThat(Arrays.stream(Column.values()).map(Column::dutch)).containsExactly("Rolnummer", "Familienaam",
                "Voornaam", "Code", "Academiejaar", "Datum stopzetting", "Bedrag betaald", "Rekeningnummer", "BIC",
                "Referentie");
    }

    @Test
    void readsAColumnByItsEnglishNameThenItsAliases() {
        assertThat(Column.STUDENT_ID.names()).containsExactly("student_id", "rolnummer", "studentnummer");
        assertThat(Column.WITHDRAWAL_DATE.names())
                .containsExactly("withdrawal_date", "stopzettingsdatum", "datum stopzetting");
        assertThat(Column.BIC.names()).containsExactly("bic");
    }
}
