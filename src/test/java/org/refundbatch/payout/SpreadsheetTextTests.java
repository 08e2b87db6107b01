package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x.example\",\"click\")", "+32 3 265 41 11", "-1", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=", "-"})
    void prefixesTextThatASpreadsheetWouldReadAsAFormula(String text) {
        assertThat(SpreadsheetText.needsNeutralising(text)).isTrue();
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Peeters", "0001234", "1116.00", " =1+1", "'=already quoted", "a=b", "", "BE68 5390"})
    void leavesOtherTextAlone(String text) {
        assertThat(SpreadsheetText.needsNeutralising(text)).isFalse();
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
    }

    @Test
    void keepsNull() {
        assertThat(SpreadsheetText.neutralise(null)).isNull();
        assertThat(SpreadsheetText.needsNeutralising(null)).isFalse();
    }
}
