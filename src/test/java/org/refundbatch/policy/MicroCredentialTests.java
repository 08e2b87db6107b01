package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.refundbatch.policy.PolicyFixtures.FIXED_FEE;
import static org.refundbatch.policy.PolicyFixtures.PER_CREDIT;
import static org.refundbatch.policy.PolicyFixtures.YEAR;
import static org.refundbatch.policy.PolicyFixtures.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MicroCredentialTests {

    @Test
    void pricesTheFixedFeePlusTheTuitionOfEveryUnit() {
        // 288 + 6 × 13.80 + 4 × 13.80 + 3 × 13.80 = 288 + 82.80 + 55.20 + 41.40
        assertThat(PolicyFixtures.mixed().registrationFee()).isEqualTo(new BigDecimal("467.40"));
        assertThat(PolicyFixtures.mixed().fixedFee()).isEqualTo(new BigDecimal("288.00"));
    }

    @Test
    void pricesAUnitAsCreditsTimesTuitionPerCredit() {
        MicroCredential mc = PolicyFixtures.onlySecondSemester();

        assertThat(mc.tuitionOf(unit("X", "2.5", Semester.SECOND))).isEqualTo(new BigDecimal("34.50"));
        assertThat(mc.tuitionOf(unit("X", "60", Semester.FIRST))).isEqualTo(new BigDecimal("828.00"));
    }

    @Test
    void isOnlySecondSemesterWhenEveryUnitIs() {
        assertThat(PolicyFixtures.onlySecondSemester().onlySecondSemester()).isTrue();
        assertThat(PolicyFixtures.mixed().onlySecondSemester()).isFalse();
        assertThat(PolicyFixtures.onlyYearLong().onlySecondSemester()).isFalse();
        assertThat(PolicyFixtures.yearLongAndSecond().onlySecondSemester()).isFalse();
    }

    @Test
    void keepsItsOwnCopyOfTheUnits() {
        List<CourseUnit> units = new ArrayList<>(List.of(unit("A", "3", Semester.SECOND)));
        MicroCredential mc = new MicroCredential("MC", "MC", YEAR, FIXED_FEE, PER_CREDIT, units);

        units.add(unit("B", "3", Semester.FIRST));

        assertThat(mc.courseUnits()).hasSize(1);
        assertThat(mc.onlySecondSemester()).isTrue();
    }

    @Test
    void refusesANegativeRateOrNoUnits() {
        List<CourseUnit> units = List.of(unit("A", "3", Semester.SECOND));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new MicroCredential("MC", "MC", YEAR, new BigDecimal("-1"), PER_CREDIT, units));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new MicroCredential("MC", "MC", YEAR, FIXED_FEE, new BigDecimal("-0.01"), units));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new MicroCredential("MC", "MC", YEAR, FIXED_FEE, PER_CREDIT, List.of()));
    }

    @Test
    void refusesAUnitWithoutCredits() {
        assertThatIllegalArgumentException().isThrownBy(() -> unit("A", "0", Semester.FIRST))
                .withMessageContaining("A");
    }
}
