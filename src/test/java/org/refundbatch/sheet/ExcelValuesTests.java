package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refundbatch.sheet.SheetCells.date;
import static org.refundbatch.sheet.SheetCells.number;
import static org.refundbatch.sheet.SheetCells.text;

import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelValuesTests {

    @Nested
    class StoredNumbers {

        @ParameterizedTest(name = "{0} is shown as {1}")
        @CsvSource({
                "20231234, 20231234",
                "2.0231234E7, 20231234",
                "1116.0000000000002, 1116",
                "1116.5, 1116.5",
                "1116.50, 1116.5",
                "0.30000000000000004, 0.3",
                "13.799999999999999, 13.8",
                "-13.8, -13.8",
                "0, 0",
                "0.0, 0",
                "1E-3, 0.001",
                "123456789012345678, 123456789012346000",
                "007, 7"
        })
        void showsNumbersAsExcelDoesWithFifteenSignificantDigits(String stored, String shown) {
            assertThat(ExcelValues.number(stored)).isEqualTo(number(shown));
        }

        @Test
        void keepsAValueThatIsNoNumberAsText() {
            assertThat(ExcelValues.number("n/a")).isEqualTo(text("n/a"));
        }
    }

    @Nested
    class BinaryNumbers {

        @ParameterizedTest(name = "{0} is shown as {1}")
        @CsvSource({
                "20231234, 20231234",
                "1116.0000000000002, 1116",
                "0.30000000000000004, 0.3",
                "1116.5, 1116.5",
                "-0.0, 0",
                "1.0E20, 100000000000000000000"
        })
        void showsDoublesAsExcelDoes(double stored, String shown) {
            assertThat(ExcelValues.number(stored)).isEqualTo(number(shown));
        }
    }

    /**
     * POI's {@link NumberToTextConverter} gives the text Excel makes of a number in a formula: the same as a cell
     * here for ordinary numbers, but not for negative zero, for numbers it writes with an exponent, nor at the
     * fifteenth digit, which it rounds from the binary value rather than from the shortest decimal form.
     */
    @Nested
    class AgainstPoisNumberToText {

        @ParameterizedTest(name = "{0} is shown as {1} by both")
        @CsvSource({
                "20231234, 20231234",
                "1116.0000000000002, 1116",
                "0.30000000000000004, 0.3",
                "1116.5, 1116.5",
                "13.799999999999999, 13.8",
                "-13.8, -13.8",
                "2.675, 2.675",
                "1E-7, 0.0000001",
                "123456789012345678, 123456789012346000",
                "1234567890123456, 1234567890123460"
        })
        void agreesOnOrdinaryNumbers(double stored, String shown) {
            assertThat(ExcelValues.number(stored)).isEqualTo(number(shown));
            assertThat(NumberToTextConverter.toText(stored)).isEqualTo(shown);
        }

        @ParameterizedTest(name = "{0} is shown as {1}, where NumberToTextConverter gives {2}")
        @CsvSource({
                "-0.0, 0, -0",
                "1.0E20, 100000000000000000000, 1E+20",
                "-1.5E21, -1500000000000000000000, -1.5E+21",
                "1.23456789E-15, 0.00000000000000123456789, 1.23456789E-15",
                "1.000000000000005, 1, 1.00000000000001",
                "737737.0389476665, 737737.038947666, 737737.038947667"
        })
        void differsOnNegativeZeroExponentsAndTheFifteenthDigit(double stored, String shown, String converted) {
            assertThat(ExcelValues.number(stored)).isEqualTo(number(shown));
            assertThat(NumberToTextConverter.toText(stored)).isEqualTo(converted);
        }
    }

    @Nested
    class Dates {

        @Test
        void readsSerialsInThe1900And1904DateSystems() {
            assertThat(ExcelValues.date(46329, false)).isEqualTo(date("2026-11-03"));
            assertThat(ExcelValues.date(44867, true)).isEqualTo(date("2026-11-03"));
        }

        @Test
        void keepsTheTimeOfDayRoundedToTheSecond() {
            assertThat(ExcelValues.date(46326.6041666667, false)).isEqualTo(date("2026-10-31T14:30:00"));
        }

        @Test
        void keepsASerialThatIsNoDateAsANumber() {
            assertThat(ExcelValues.date(-1, false)).isEqualTo(number("-1"));
        }

        @Test
        void readsStoredSerialsAndKeepsAValueThatIsNoNumberAsText() {
            assertThat(ExcelValues.date("46329", false)).isEqualTo(date("2026-11-03"));
            assertThat(ExcelValues.date("soon", false)).isEqualTo(text("soon"));
        }

        @Test
        void readsIsoDateCells() {
            assertThat(ExcelValues.isoDate("2026-11-03T00:00:00")).isEqualTo(date("2026-11-03"));
            assertThat(ExcelValues.isoDate("2026-11-03T09:15:00.000")).isEqualTo(date("2026-11-03T09:15:00"));
            assertThat(ExcelValues.isoDate("2026-11-03")).isEqualTo(date("2026-11-03"));
        }
    }

    @Nested
    class ZeroPaddedNumbers {

        @ParameterizedTest(name = "{0} with {1} zeros -> ''{2}''")
        @CsvSource(textBlock = """
                123456,    7, 0123456
                42,        7, 0000042
                0,         3, 000
                """)
        void showsAWholeNumberWithItsLeadingZerosAsText(String stored, int width, String shown) {
            assertThat(ExcelValues.padded(number(stored), width)).isEqualTo(text(shown));
        }

        @ParameterizedTest(name = "{0} with {1} zeros")
        @CsvSource(textBlock = """
                20231234,  7
                1234567,   7
                12.5,      7
                -42,       7
                123456,    0
                """)
        void leavesOtherNumbersAlone(String stored, int width) {
            assertThat(ExcelValues.padded(number(stored), width)).isEqualTo(number(stored));
        }
    }
}
