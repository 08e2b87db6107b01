package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            48.125,  48.13
            48.1249, 48.12
            20.625,  20.63
            0.005,   0.01
            0.004,   0.00
            288,     288.00
            34.5,    34.50
            """)
    void roundsHalfUpToCents(String amount, String cents) {
        assertThat(Money.of(new BigDecimal(amount))).isEqualTo(new BigDecimal(cents));
    }
}
