package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.refundbatch.policy.PolicyFixtures.mixed;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is paid out (DESIGN §1.2): {@code refund = max(0, paid − (fee − entitlement))}, on the mixed
 * micro-credential (fee 467.40; 55.20 of second-semester tuition).
 */
class RefundAmountTests {

    private static final LocalDate BEFORE_NOVEMBER = LocalDate.of(2024, 10, 15);
    private static final LocalDate SECOND_WINDOW = LocalDate.of(2024, 12, 10);
    private static final LocalDate AFTER_MARCH = LocalDate.of(2025, 4, 1);

    private final RefundPolicy policy = new RefundPolicy(CutOffCalendar.defaults());

    private RefundDecision decide(LocalDate date, String paid) {
        return policy.decide(mixed(), date, paid == null ? null : new BigDecimal(paid));
    }

    @Nested
    class PartialPayment {

        @ParameterizedTest(name = "paid {0} -> refund {1}")
        @CsvSource(textBlock = """
                467.40, 55.20
                450.00, 37.80
                412.21,  0.01
                412.20,  0.00
                300.00,  0.00
                  0.00,  0.00
                """)
        void paysOutOnlyWhatWasOverpaidInTheSecondWindow(String paid, String refund) {
            // fee 467.40 − entitlement 55.20 = 412.20 is kept
            RefundDecision decision = decide(SECOND_WINDOW, paid);

            assertThat(decision.entitlement()).isEqualTo(new BigDecimal("55.20"));
            assertThat(decision.refundAmount()).isEqualTo(new BigDecimal(refund));
        }

        @ParameterizedTest(name = "paid {0}")
        @ValueSource(strings = {"467.40", "200.00", "0.01", "0.00"})
        void paysBackEverythingPaidBeforeNovember(String paid) {
            assertThat(decide(BEFORE_NOVEMBER, paid).refundAmount()).isEqualTo(new BigDecimal(paid));
        }

        @ParameterizedTest(name = "paid {0}")
        @ValueSource(strings = {"467.40", "100.00", "0.00"})
        void paysNothingFromFifteenthMarch(String paid) {
            assertThat(decide(AFTER_MARCH, paid).refundAmount()).isEqualTo(new BigDecimal("0.00"));
        }

        @Test
        void recordsTheAmountPaidInCents() {
            assertThat(decide(SECOND_WINDOW, "450").amountPaid()).isEqualTo(new BigDecimal("450.00"));
        }

        @Test
        void keepsTheEntitlementWhateverWasPaid() {
            RefundDecision decision = decide(BEFORE_NOVEMBER, "0");

            assertThat(decision.entitlement()).isEqualTo(new BigDecimal("467.40"));
            assertThat(decision.refundAmount()).isEqualTo(new BigDecimal("0.00"));
        }
    }

    @Nested
    class BlankAmountPaid {

        @Test
        void countsTheFeeAsFullyPaid() {
            RefundDecision decision = decide(SECOND_WINDOW, null);

            assertThat(decision.amountPaid()).isNull();
            assertThat(decision.refundAmount()).isEqualTo(new BigDecimal("55.20"));
        }

        @Test
        void refundsTheEntitlementBeforeNovember() {
            assertThat(decide(BEFORE_NOVEMBER, null).refundAmount()).isEqualTo(new BigDecimal("467.40"));
        }
    }

    @Nested
    class BadAmountPaid {

        @ParameterizedTest(name = "paid {0}")
        @ValueSource(strings = {"467.41", "1000.00", "-0.01", "-5"})
        void rejectsAnAmountAboveTheFeeOrNegative(String paid) {
            assertThatIllegalArgumentException().isThrownBy(() -> decide(SECOND_WINDOW, paid))
                    .withMessageContaining(paid)
                    .withMessageContaining("467.40");
        }
    }
}
