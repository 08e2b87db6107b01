package org.refundbatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.refundbatch.ledger.Column;
import org.refundbatch.sheet.SheetCell;
import org.refundbatch.sheet.SheetRow;
import org.refundbatch.sheet.UnreadableSheetException;

/** Where a withdrawal sheet's columns stand, found from its header row by any of their names (DESIGN §2.1). */
class HeaderMappingTests {

    @Test
    void findsEachColumnByAnyOfItsNamesWhereverItStands() {
        HeaderMapping mapping = HeaderMapping.of(header("Opmerking", "Rolnummer", "Naam", "Voornaam", "Code",
                "Datum stopzetting", "Bedrag betaald (€)", "IBAN"), "nov.xlsx");

        assertThat(Arrays.stream(Column.values()).map(mapping::position))
                .containsExactly(1, 2, 3, 4, -1, 5, 6, 7, -1, -1);
    }

    @Test
    void listsExtraColumnsAndASecondColumnOfTheSameNameAsUnread() {
        HeaderMapping mapping = HeaderMapping.of(header("student_id", "last_name", "first_name", "", "Opmerking",
                "micro_credential", "withdrawal_date", " Studentnummer "), "nov.xlsx");

        assertThat(mapping.position(Column.STUDENT_ID)).isZero();
        assertThat(mapping.unreadColumns()).containsExactly("Opmerking", "Studentnummer");
    }

    @Test
    void namesTheRequiredColumnsAHeaderLacksAndTheHeadersItHas() {
        assertThatThrownBy(() -> HeaderMapping.of(header("Rolnummer", "Naam", "", "Datum"), "nov.xlsx"))
                .isInstanceOf(UnreadableSheetException.class)
                .hasMessage("nov.xlsx row 1: no columns first_name (or voornaam), micro_credential (or"
                        + " micro-credential, code), withdrawal_date (or stopzettingsdatum, datum stopzetting); the"
                        + " first row that is not empty must name the columns (found: Rolnummer, Naam, Datum)");
    }

    private static SheetRow header(String... names) {
        return new SheetRow(1, Arrays.stream(names).map(SheetCell::text).toList());
    }
}
