package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.refundbatch.policy.PolicyFixtures.YEAR;
import static org.refundbatch.policy.PolicyFixtures.mixed;
import static org.refundbatch.policy.PolicyFixtures.onlySecondSemester;
import static org.refundbatch.policy.PolicyFixtures.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The credit record of a refund: one line per course unit, plus the fixed fee when it is credited. */
class CreditLinesTests {

    private final RefundPolicy policy = new RefundPolicy(CutOffCalendar.defaults());

    private RefundDecision decide(MicroCredential mc, String date) {
        return policy.decide(mc, LocalDate.parse(date), null);
    }

    @ParameterizedTest(name = "withdrawn {0}")
    @ValueSource(strings = {"2024-10-31", "2024-11-01", "2025-03-14", "2025-03-15"})
    void refundedLinesAddUpToTheEntitlement(String date) {
        for (MicroCredential mc : List.of(mixed(), onlySecondSemester(), PolicyFixtures.onlyYearLong())) {
            RefundDecision decision = decide(mc, date);

            BigDecimal refunded = decision.creditLines().stream().filter(CreditLine::refunded)
                    .map(CreditLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal all = decision.creditLines().stream()
                    .map(CreditLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(refunded).isEqualByComparingTo(decision.entitlement());
            assertThat(all).isGreaterThanOrEqualTo(decision.entitlement());
        }
    }

    @Test
    void creditsEveryUnitAndTheFixedFeeBeforeNovember() {
        assertThat(decide(mixed(), "2024-10-31").creditLines())
                .extracting(CreditLine::courseUnit, CreditLine::amount, CreditLine::status)
                .containsExactly(
                        line("FIN-1", "82.80", CreditStatus.REFUNDED),
                        line("FIN-2", "55.20", CreditStatus.REFUNDED),
                        line("FIN-J", "41.40", CreditStatus.REFUNDED),
                        line(CreditLine.FIXED_FEE, "288.00", CreditStatus.REFUNDED));
    }

    @Test
    void creditsOnlySecondSemesterUnitsAndNoFixedFeeInTheSecondWindow() {
        assertThat(decide(mixed(), "2024-11-01").creditLines())
                .extracting(CreditLine::courseUnit, CreditLine::amount, CreditLine::status)
                .containsExactly(
                        line("FIN-1", "82.80", CreditStatus.RETAINED),
                        line("FIN-2", "55.20", CreditStatus.REFUNDED),
                        line("FIN-J", "41.40", CreditStatus.RETAINED));
    }

    @Test
    void creditsTheFixedFeeWhenEveryUnitIsInSecondSemester() {
        assertThat(decide(onlySecondSemester(), "2025-03-14").creditLines())
                .extracting(CreditLine::courseUnit, CreditLine::amount, CreditLine::status)
                .containsExactly(
                        line("DATA-2A", "69.00", CreditStatus.REFUNDED),
                        line("DATA-2B", "34.50", CreditStatus.REFUNDED),
                        line(CreditLine.FIXED_FEE, "288.00", CreditStatus.REFUNDED));
    }

    @Test
    void retainsEveryUnitAndListsNoFixedFeeFromFifteenthMarch() {
        assertThat(decide(onlySecondSemester(), "2025-03-15").creditLines())
                .extracting(CreditLine::courseUnit, CreditLine::status)
                .containsExactly(
                        tuple("DATA-2A", CreditStatus.RETAINED),
                        tuple("DATA-2B", CreditStatus.RETAINED));
    }

    @Test
    void listsNoFixedFeeLineWhenTheFixedFeeIsZero() {
        MicroCredential free = new MicroCredential("NOFEE", "No fixed fee", YEAR, new BigDecimal("0.00"),
                PolicyFixtures.PER_CREDIT, List.of(unit("N-1", "3", Semester.FIRST)));

        RefundDecision decision = decide(free, "2024-10-01");

        assertThat(decision.creditLines()).extracting(CreditLine::courseUnit).containsExactly("N-1");
        assertThat(decision.entitlement()).isEqualTo(new BigDecimal("41.40"));
    }

    @Test
    void carriesTheUnitsCreditsSemesterAndRate() {
        CreditLine line = decide(mixed(), "2024-11-01").creditLines().get(1);

        assertThat(line.courseUnitName()).isEqualTo("FIN-2 course");
        assertThat(line.semester()).isEqualTo(Semester.SECOND);
        assertThat(line.credits()).isEqualByComparingTo("4");
        assertThat(line.tuitionPerCredit()).isEqualByComparingTo("13.80");
    }

    @Test
    void leavesCreditsAndRateEmptyOnTheFixedFeeLine() {
        CreditLine fixed = decide(mixed(), "2024-10-01").creditLines().get(3);

        assertThat(fixed.courseUnit()).isEqualTo(CreditLine.FIXED_FEE);
        assertThat(fixed.semester()).isNull();
        assertThat(fixed.credits()).isNull();
        assertThat(fixed.tuitionPerCredit()).isNull();
    }

    @Test
    void refusesADecisionWhoseRefundedLinesDoNotAddUpToTheEntitlement() {
        List<CreditLine> lines = decide(mixed(), "2024-11-01").creditLines();

        assertThatIllegalArgumentException().isThrownBy(() -> new RefundDecision(RefundRule.SECOND_SEMESTER_TUITION,
                        CutOffDates.defaultsFor(YEAR), new BigDecimal("467.40"), new BigDecimal("55.21"), null,
                        new BigDecimal("55.21"), lines))
                .withMessageContaining("55.20").withMessageContaining("55.21");
    }

    private static Tuple line(String unit, String amount, CreditStatus status) {
        return tuple(unit, new BigDecimal(amount), status);
    }
}
