package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionDateTests {

    @ParameterizedTest(name = "a night on {0} pays on {1}")
    @CsvSource({
            "2026-11-30, 2026-12-01",   // Monday -> Tuesday
            "2026-12-03, 2026-12-04",   // Thursday -> Friday
            "2026-12-04, 2026-12-07",   // Friday -> Monday
            "2026-12-05, 2026-12-07",   // Saturday -> Monday
            "2026-12-06, 2026-12-07",   // Sunday -> Monday
            "2026-12-31, 2027-01-01",   // across the year: a Friday, no holidays known
    })
    void paysOnTheFirstWeekdayAfterTheNight(LocalDate night, LocalDate payDay) {
        assertThat(ExecutionDate.after(night)).isEqualTo(payDay);
    }
}
