package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SemesterTests {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(textBlock = """
            '1',    FIRST
            ' 1 ',  FIRST
            '2',    SECOND
            'J',    YEAR
            'j',    YEAR
            '1+2',  YEAR
            'jaar', YEAR
            'Jaar', YEAR
            'JAAR', YEAR
            'year', YEAR
            'Year', YEAR
            """)
    void readsTheCatalogueCodesWithoutRegardToCase(String text, Semester semester) {
        assertThat(Semester.parse(text)).isEqualTo(semester);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"3", "0", "S1", "1+", "2+1", "first", "  "})
    void rejectsAnythingElse(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Semester.parse(text))
                .withMessageContaining("'" + text + "' is not a semester")
                .withMessageContaining("1, 2 or J");
    }

    @ParameterizedTest
    @EnumSource(Semester.class)
    void readsBackItsOwnCode(Semester semester) {
        assertThat(Semester.parse(semester.code())).isEqualTo(semester);
    }
}
