package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefundStatusTests {

    @ParameterizedTest(name = "{0} with IBAN {1} -> {2}")
    @CsvSource(textBlock = """
            0.00,  true,  NOTHING_DUE
            0.00,  false, NOTHING_DUE
            0,     true,  NOTHING_DUE
            0.01,  true,  PAYABLE
            55.20, true,  PAYABLE
            0.01,  false, ON_HOLD
            55.20, false, ON_HOLD
            """)
    void paysOnlyAnAmountDueToAKnownAccount(String amount, boolean hasIban, RefundStatus status) {
        assertThat(RefundStatus.of(new BigDecimal(amount), hasIban)).isEqualTo(status);
    }
}
