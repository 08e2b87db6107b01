package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Header names are matched without regard to case, spaces, {@code _}, {@code -} and accents (DESIGN §2.1), nor
 * other punctuation or a remark in brackets.
 */
class HeaderNamesTests {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"Datum stopzetting", "datum_stopzetting", "DATUM-STOPZETTING", "datumStopzetting",
            "  Datum  Stopzetting ", "Datum\tstopzetting", "Dátum stopzetting"})
    void readsEveryWayOfWritingTheSameName(String header) {
        assertThat(HeaderNames.normalize(header)).isEqualTo("datumstopzetting");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(textBlock = """
            Académiejaar,     academiejaar
            student_id,       studentid
            Student ID,       studentid
            micro-credential, microcredential
            Micro_Credential, microcredential
            Bedrag betaald,   bedragbetaald
            IBAN,             iban
            'Bedrag betaald (€)', bedragbetaald
            'Rekeningnummer (IBAN)', rekeningnummer
            'Datum stopzetting [dd/mm/jjjj]', datumstopzetting
            'Rolnummer:',     rolnummer
            'Referentie.',    referentie
            """)
    void normalizesTheColumnsOfTheSheet(String header, String normalized) {
        assertThat(HeaderNames.normalize(header)).isEqualTo(normalized);
    }

    @Test
    void dropsTheByteOrderMarkOfTheFirstHeader() {
        assertThat(HeaderNames.normalize("\ufeffstudent_id")).isEqualTo("studentid");
    }

    @Test
    void readsNonBreakingSpacesAsSpaces() {
        assertThat(HeaderNames.normalize("Bedrag\u00a0betaald")).isEqualTo("bedragbetaald");
        assertThat(HeaderNames.normalize("Bedrag\u202fbetaald")).isEqualTo("bedragbetaald");
    }

    @Test
    void readsAccentsWrittenAsOneCharacterOrAsLetterAndMark() {
        assertThat(HeaderNames.normalize("Acad\u00e9miejaar")).isEqualTo("academiejaar");
        assertThat(HeaderNames.normalize("Acade\u0301miejaar")).isEqualTo("academiejaar");
    }

    @Test
    void readsNoHeaderAsEmpty() {
        assertThat(HeaderNames.normalize(null)).isEmpty();
        assertThat(HeaderNames.normalize("  ")).isEmpty();
    }

    @Nested
    class Positions {

        /** Columns known by an English name and, for some, a Dutch one. */
        enum Field {
            STUDENT_ID("student_id", "rolnummer"), WITHDRAWAL_DATE("withdrawal_date", "datum stopzetting"),
            IBAN("iban");

            private final List<String> names;

            Field(String... names) {
                this.names = List.of(names);
            }
        }

        @Test
        void findsEachColumnByAnyOfItsNamesWrittenAnyWay() {
            SheetRow header = header("Rekeningnummer", "Datum-Stopzetting", "IBAN", "ROLNUMMER");

            assertThat(HeaderNames.positions(header, Field.class, f -> f.names))
                    .containsExactly(entry(Field.STUDENT_ID, 3), entry(Field.WITHDRAWAL_DATE, 1), entry(Field.IBAN, 2));
        }

        @Test
        void takesTheFirstCellThatNamesAColumn() {
            SheetRow header = header("student_id", "Rolnummer", "Student ID");

            assertThat(HeaderNames.positions(header, Field.class, f -> f.names))
                    .containsExactly(entry(Field.STUDENT_ID, 0));
        }

        @Test
        void givesNoPositionToAColumnNoCellNames() {
            SheetRow header = header("", "naam", "(IBAN)");

            assertThat(HeaderNames.positions(header, Field.class, f -> f.names)).isEmpty();
        }

        private static SheetRow header(String... names) {
            return new SheetRow(1, Arrays.stream(names).map(SheetCell::text).toList());
        }
    }
}
