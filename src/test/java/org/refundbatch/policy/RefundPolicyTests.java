package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refundbatch.policy.PolicyFixtures.YEAR;
import static org.refundbatch.policy.PolicyFixtures.mixed;
import static org.refundbatch.policy.PolicyFixtures.onlyFirstSemester;
import static org.refundbatch.policy.PolicyFixtures.onlySecondSemester;
import static org.refundbatch.policy.PolicyFixtures.onlyYearLong;
import static org.refundbatch.policy.PolicyFixtures.unit;
import static org.refundbatch.policy.PolicyFixtures.yearLongAndSecond;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cancellation rules of DESIGN §1.1, on the academic year 2024-2025. */
class RefundPolicyTests {

    private final RefundPolicy policy = new RefundPolicy(CutOffCalendar.defaults());

    private RefundDecision decide(MicroCredential mc, String date) {
        return policy.decide(mc, LocalDate.parse(date), null);
    }

    @Nested
    class Boundaries {

        @ParameterizedTest(name = "{0}: mixed {1}, only second semester {2}")
        @CsvSource(textBlock = """
                2024-09-01, FULL,                    FULL
                2024-10-31, FULL,                    FULL
                2024-11-01, SECOND_SEMESTER_TUITION, FULL_SECOND_SEMESTER_ONLY
                2025-01-15, SECOND_SEMESTER_TUITION, FULL_SECOND_SEMESTER_ONLY
                2025-03-14, SECOND_SEMESTER_TUITION, FULL_SECOND_SEMESTER_ONLY
                2025-03-15, NO_REFUND,               NO_REFUND
                2025-08-31, NO_REFUND,               NO_REFUND
                """)
        void splitsTheAcademicYearAtFirstNovemberAndFifteenthMarch(LocalDate date, RefundRule mixedRule,
                                                                    RefundRule secondOnlyRule) {
            assertThat(policy.ruleFor(mixed(), date)).isEqualTo(mixedRule);
            assertThat(policy.ruleFor(onlySecondSemester(), date)).isEqualTo(secondOnlyRule);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(textBlock = """
                2024-03-14, FULL
                2024-03-15, FULL
                2025-10-31, NO_REFUND
                2025-11-01, NO_REFUND
                """)
        void takesNovemberFromYearYAndMarchFromYearYPlusOne(LocalDate date, RefundRule rule) {
            assertThat(policy.ruleFor(mixed(), date)).isEqualTo(rule);
        }
    }

    @Nested
    class Full {

        @Test
        void refundsTheWholeRegistrationFeeBeforeFirstNovember() {
            RefundDecision decision = decide(mixed(), "2024-10-31");

            assertThat(decision.rule()).isEqualTo(RefundRule.FULL);
            assertThat(decision.registrationFee()).isEqualByComparingTo("467.40");
            assertThat(decision.entitlement()).isEqualByComparingTo("467.40");
            assertThat(decision.refundAmount()).isEqualByComparingTo("467.40");
        }
    }

    @Nested
    class FullSecondSemesterOnly {

        @Test
        void refundsTheWholeFeeIncludingTheFixedFeeWhenEveryUnitIsInSecondSemester() {
            RefundDecision decision = decide(onlySecondSemester(), "2024-11-01");

            assertThat(decision.rule()).isEqualTo(RefundRule.FULL_SECOND_SEMESTER_ONLY);
            assertThat(decision.entitlement()).isEqualByComparingTo("391.50");
            assertThat(decision.refundAmount()).isEqualByComparingTo("391.50");
        }

        @Test
        void doesNotCountAMicroCredentialOfOnlyYearLongUnitsAsSecondSemester() {
            RefundDecision decision = decide(onlyYearLong(), "2024-11-01");

            assertThat(decision.rule()).isEqualTo(RefundRule.SECOND_SEMESTER_TUITION);
            assertThat(decision.entitlement()).isEqualByComparingTo("0.00");
        }

        @Test
        void doesNotCountAYearLongUnitBesideSecondSemesterUnitsAsSecondSemester() {
            RefundDecision decision = decide(yearLongAndSecond(), "2025-03-14");

            assertThat(decision.rule()).isEqualTo(RefundRule.SECOND_SEMESTER_TUITION);
            assertThat(decision.entitlement()).isEqualByComparingTo("69.00");
        }
    }

    @Nested
    class SecondSemesterTuition {

        @Test
        void refundsOnlySecondSemesterTuitionFromFirstNovember() {
            RefundDecision decision = decide(mixed(), "2024-11-01");

            assertThat(decision.rule()).isEqualTo(RefundRule.SECOND_SEMESTER_TUITION);
            assertThat(decision.registrationFee()).isEqualByComparingTo("467.40");
            assertThat(decision.entitlement()).isEqualByComparingTo("55.20");
            assertThat(decision.refundAmount()).isEqualByComparingTo("55.20");
        }

        @Test
        void refundsNothingOfAFirstSemesterOnlyMicroCredential() {
            RefundDecision decision = decide(onlyFirstSemester(), "2025-03-14");

            assertThat(decision.rule()).isEqualTo(RefundRule.SECOND_SEMESTER_TUITION);
            assertThat(decision.entitlement()).isEqualTo(new BigDecimal("0.00"));
            assertThat(decision.refundAmount()).isEqualTo(new BigDecimal("0.00"));
        }

        @Test
        void multipliesDecimalCredits() {
            MicroCredential mc = PolicyFixtures.uantwerp("HALF", unit("H-1", "6", Semester.FIRST),
                    unit("H-2", "2.5", Semester.SECOND));

            // 2.5 × 13.80 = 34.50
            assertThat(decide(mc, "2024-12-01").entitlement()).isEqualTo(new BigDecimal("34.50"));
        }
    }

    @Nested
    class NoRefund {

        @Test
        void refundsNothingFromFifteenthMarch() {
            RefundDecision decision = decide(onlySecondSemester(), "2025-03-15");

            assertThat(decision.rule()).isEqualTo(RefundRule.NO_REFUND);
            assertThat(decision.registrationFee()).isEqualByComparingTo("391.50");
            assertThat(decision.entitlement()).isEqualTo(new BigDecimal("0.00"));
            assertThat(decision.refundAmount()).isEqualTo(new BigDecimal("0.00"));
        }
    }

    @Nested
    class Rounding {

        /** Tuition 13.75 per credit, no fixed fee: 3.5 × 13.75 = 48.125 and 1.5 × 13.75 = 20.625. */
        private final MicroCredential halfCents = new MicroCredential("ROUND", "Rounding", YEAR, BigDecimal.ZERO,
                new BigDecimal("13.75"), List.of(unit("R-2A", "3.5", Semester.SECOND),
                        unit("R-2B", "3.5", Semester.SECOND), unit("R-1", "1.5", Semester.FIRST)));

        @Test
        void roundsEachLineHalfUpToCents() {
            RefundDecision decision = decide(halfCents, "2024-10-01");

            assertThat(decision.creditLines()).extracting(CreditLine::amount)
                    .containsExactly(new BigDecimal("48.13"), new BigDecimal("48.13"), new BigDecimal("20.63"));
        }

        @Test
        void addsTheRoundedLinesRatherThanRoundingTheSum() {
            // 48.13 + 48.13 + 20.63 = 116.89, where 116.875 rounded once would give 116.88
            assertThat(halfCents.registrationFee()).isEqualTo(new BigDecimal("116.89"));
            assertThat(decide(halfCents, "2024-10-01").entitlement()).isEqualTo(new BigDecimal("116.89"));
            // 48.13 + 48.13 = 96.26, not 96.25
            assertThat(decide(halfCents, "2024-11-01").entitlement()).isEqualTo(new BigDecimal("96.26"));
        }
    }

    @Nested
    class CutOffOverride {

        private final CutOffDates firstDecember = new CutOffDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 15));
        private final RefundPolicy december = new RefundPolicy(new CutOffCalendar(Map.of(YEAR, firstDecember)));

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(textBlock = """
                2024-11-01, FULL
                2024-11-30, FULL
                2024-12-01, SECOND_SEMESTER_TUITION
                2025-03-14, SECOND_SEMESTER_TUITION
                2025-03-15, NO_REFUND
                """)
        void movesTheFullRefundCutOffForThatYear(LocalDate date, RefundRule rule) {
            assertThat(december.ruleFor(mixed(), date)).isEqualTo(rule);
        }

        @Test
        void recordsTheCutOffDatesItUsed() {
            RefundDecision decision = december.decide(mixed(), LocalDate.of(2024, 11, 15), null);

            assertThat(decision.rule()).isEqualTo(RefundRule.FULL);
            assertThat(decision.cutOffs()).isEqualTo(firstDecember);
        }

        @Test
        void recordsTheDefaultCutOffDatesWhenNoneWereSet() {
            assertThat(decide(mixed(), "2024-11-15").cutOffs())
                    .isEqualTo(new CutOffDates(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 3, 15)));
        }

        @Test
        void leavesOtherAcademicYearsOnTheDefaults() {
            MicroCredential nextYear = new MicroCredential("NEXT", "Next", new AcademicYear(2025),
                    PolicyFixtures.FIXED_FEE, PolicyFixtures.PER_CREDIT, mixed().courseUnits());

            assertThat(december.ruleFor(nextYear, LocalDate.of(2025, 11, 1)))
                    .isEqualTo(RefundRule.SECOND_SEMESTER_TUITION);
            assertThat(december.decide(nextYear, LocalDate.of(2025, 11, 1), null).cutOffs())
                    .isEqualTo(CutOffDates.defaultsFor(new AcademicYear(2025)));
        }
    }
}
