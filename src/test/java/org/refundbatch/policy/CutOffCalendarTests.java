package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CutOffCalendarTests {

    private static final AcademicYear YEAR = new AcademicYear(2026);

    @Test
    void defaultsToFirstNovemberAndFifteenthMarchOfTheFollowingYear() {
        assertThat(CutOffCalendar.defaults().forYear(YEAR))
                .isEqualTo(new CutOffDates(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 15)));
    }

    @Test
    void usesTheDatesSetForAYear() {
        CutOffDates december = new CutOffDates(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 15));

        CutOffCalendar calendar = new CutOffCalendar(Map.of(YEAR, december));

        assertThat(calendar.forYear(YEAR)).isEqualTo(december);
        assertThat(calendar.forYear(new AcademicYear(2027))).isEqualTo(CutOffDates.defaultsFor(new AcademicYear(2027)));
    }

    @Test
    void keepsItsOwnCopyOfTheOverrides() {
        Map<AcademicYear, CutOffDates> overrides = new HashMap<>();
        CutOffCalendar calendar = new CutOffCalendar(overrides);

        overrides.put(YEAR, new CutOffDates(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 15)));

        assertThat(calendar.forYear(YEAR)).isEqualTo(CutOffDates.defaultsFor(YEAR));
    }

    @Test
    void refusesCutOffsInTheWrongOrder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CutOffDates(LocalDate.of(2027, 3, 15), LocalDate.of(2026, 11, 1)))
                .withMessageContaining("2027-03-15").withMessageContaining("2026-11-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CutOffDates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)));
    }
}
