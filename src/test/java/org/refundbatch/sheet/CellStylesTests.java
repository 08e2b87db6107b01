package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a cell style's number format says about a number: a date, zeros to pad it with, or nothing. */
class CellStylesTests {

    private static final int CUSTOM = 164;

    private static CellStyles withFormat(String format) {
        return CellStyles.of(new int[] {CUSTOM}, index -> index == CUSTOM ? format : null);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0000000         | 7
            00000           | 5
            [$-813]0000000  | 7
            [$-409]00000000 | 8
            0000000;@       | 7
            0               | 0
            0.00            | 0
            #,##0           | 0
            000.00          | 0
            "Nr "0000000    | 0
            General         | 0
            """)
    void padsWholeNumbersOnlyForAFormatOfZeros(String format, int width) {
        assertThat(withFormat(format).zeroPaddedWidth(0)).isEqualTo(width);
        assertThat(withFormat(format).isDate(0)).isFalse();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            dd/mm/yyyy
            DD/MM/YY
            [$-813]dd/mm/yyyy
            """)
    void tellsADateFormat(String format) {
        assertThat(withFormat(format).isDate(0)).isTrue();
        assertThat(withFormat(format).zeroPaddedWidth(0)).isZero();
    }

    @ParameterizedTest(name = "style {0}")
    @CsvSource({"-1", "1", "99"})
    void knowsNothingOfAStyleTheWorkbookDoesNotHave(int style) {
        CellStyles styles = withFormat("0000000");

        assertThat(styles.isDate(style)).isFalse();
        assertThat(styles.zeroPaddedWidth(style)).isZero();
    }
}
