package org.refundbatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The one list of a withdrawal sheet's columns, and the names each is written and read by. */
class ColumnTests {

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
