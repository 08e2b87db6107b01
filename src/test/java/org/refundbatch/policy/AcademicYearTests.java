package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AcademicYearTests {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2026-2027", "2026-27", " 2026-2027 ", "2026 - 2027"})
    void readsTheLongAndTheShortForm(String text) {
        assertThat(AcademicYear.parse(text)).isEqualTo(new AcademicYear(2026));
    }

    @Test
    void readsTheShortFormAcrossACentury() {
        assertThat(AcademicYear.parse("2099-00")).isEqualTo(new AcademicYear(2099));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2026-2028", "2026-28", "2026-2026", "2027-2026", "2026-26"})
    void rejectsYearsThatDoNotFollowEachOther(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse(text))
                .withMessageContaining("'" + text + "'")
                .withMessageContaining("the years must follow each other");
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"2026", "26-27", "2026-027", "abc", "2026-2027-2028"})
    void rejectsWhatIsNotAnAcademicYear(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse(text))
                .withMessageContaining("is not an academic year");
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource(textBlock = """
            2026-08-31, 2025
            2026-09-01, 2026
            2026-12-31, 2026
            2027-01-01, 2026
            2027-08-31, 2026
            2027-09-01, 2027
            """)
    void containsTheDatesFromFirstSeptemberToThirtyFirstAugust(LocalDate date, int startYear) {
        assertThat(AcademicYear.containing(date)).isEqualTo(new AcademicYear(startYear));
    }

    @Test
    void printsAsTheLongForm() {
        assertThat(new AcademicYear(2026)).hasToString("2026-2027");
        assertThat(new AcademicYear(2026).firstDay()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void ordersByStartYear() {
        assertThat(new AcademicYear(2025)).isLessThan(new AcademicYear(2026));
    }

    @Test
    void endsOnThirtyFirstAugustOfItsSecondCalendarYear() {
        assertThat(new AcademicYear(2025).lastDay()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(AcademicYear.containing(new AcademicYear(2025).lastDay())).isEqualTo(new AcademicYear(2025));
        assertThat(AcademicYear.containing(new AcademicYear(2025).lastDay().plusDays(1)))
                .isEqualTo(new AcademicYear(2026));
    }
}
