package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;

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
}
