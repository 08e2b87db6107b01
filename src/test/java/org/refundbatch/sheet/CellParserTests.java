package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells as a Belgian user types them (DESIGN §2.1). */
class CellParserTests {

    private static SheetCell text(String value) {
        return new SheetCell(SheetCell.Kind.TEXT, value);
    }

    private static SheetCell number(String value) {
        return new SheetCell(SheetCell.Kind.NUMBER, value);
    }

    @Nested
    class Dates {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"2026-11-03", "03/11/2026", "3-11-2026", "03.11.2026", "3/11/2026", "3.11.2026",
                "03-11-2026", " 03/11/2026 ", "2026-11-03T00:00:00", "2026-11-03 00:00", "03/11/2026 14:30"})
        void readsDayFirstAndIsoText(String value) {
            assertThat(CellParser.date(text(value))).isEqualTo(LocalDate.of(2026, 11, 3));
        }

        @Test
        void readsAnExcelDateCell() {
            SheetCell cell = new SheetCell(SheetCell.Kind.DATE, "2026-11-03T00:00:00");

            assertThat(CellParser.date(cell)).isEqualTo(LocalDate.of(2026, 11, 3));
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"31/02/2026", "2026-13-01", "29/02/2027", "00/11/2026", "2026-02-30"})
        void rejectsDaysThatDoNotExist(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.date(text(value)))
                    .withMessageContaining("'" + value + "' is not a date")
                    .withMessageContaining("dd/mm/yyyy");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"abc", "03/11-2026", "03/11/26", "11/2026", "2026/11/03", "3 november 2026",
                "2026-11-03 abc", "03/11/2026 later", "03112026"})
        void rejectsTextThatIsNotADate(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.date(text(value)))
                    .withMessageContaining("'" + value.strip() + "' is not a date");
        }

        @Test
        void rejectsANumberCellWithItsValue() {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.date(number("46329")))
                    .withMessage("'46329' is a number, not a date (use dd/mm/yyyy)");
        }
    }

    @Nested
    class Amounts {

        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                1116          | 1116.00
                1116.00       | 1116.00
                1.116,00      | 1116.00
                € 1 116,00    | 1116.00
                €1116,00      | 1116.00
                1116 €        | 1116.00
                EUR 1116,00   | 1116.00
                1116,5        | 1116.50
                1,116.00      | 1116.00
                1.116.000     | 1116000.00
                1,116,000     | 1116000.00
                1.116.000,55  | 1116000.55
                1 116 000,55  | 1116000.55
                0,99          | 0.99
                0             | 0.00
                -5            | -5.00
                """)
        void readsBelgianAndEnglishText(String value, String expected) {
            assertThat(CellParser.amount(text(value))).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void readsNonBreakingSpacesAsSpaces() {
            assertThat(CellParser.amount(text("€\u00a01\u202f116,00"))).isEqualTo(new BigDecimal("1116.00"));
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"1.116", "12,345", "-1.116", "999,999"})
        void refusesToGuessWhetherThreeDigitsAreThousandsOrDecimals(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.amount(text(value)))
                    .withMessageContaining("'" + value + "' is ambiguous");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"1116,125", "1116.125", "0,125", "1.116,005", "1,116.005", "0.001"})
        void rejectsMoreThanTwoDecimals(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.amount(text(value)))
                    .withMessage("'" + value + "' has more than two decimals");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"abc", "1.2.3", "12.34.56", "1,2,3", "11,16.00", "1.11,6", "1.116,00.00", "5-",
                "1116 EURO", ".", "-", "€", "12a"})
        void rejectsTextThatIsNotAnAmount(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.amount(text(value)))
                    .withMessageContaining("'" + value + "'");
        }

        @ParameterizedTest(name = "number cell {0} -> {1}")
        @CsvSource(textBlock = """
                1116.5,    1116.50
                1116,      1116.00
                1116.00,   1116.00
                1.1165E3,  1116.50
                -5,        -5.00
                """)
        void readsANumberCellExactly(String value, String expected) {
            assertThat(CellParser.amount(number(value))).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void rejectsANumberCellWithMoreThanTwoDecimals() {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.amount(number("1116.505")))
                    .withMessage("'1116.505' has more than two decimals");
        }
    }

    @Nested
    class Text {

        @ParameterizedTest(name = "number cell {0} -> ''{1}''")
        @CsvSource(textBlock = """
                20231234,    20231234
                2.0231234E7, 20231234
                20231230,    20231230
                1116.50,     1116.5
                1116.0,      1116
                0,           0
                """)
        void writesANumberCellWithoutExponentOrTrailingZeros(String value, String expected) {
            assertThat(CellParser.text(number(value))).isEqualTo(expected);
        }

        @Test
        void keepsLeadingZerosAndTrimsText() {
            assertThat(CellParser.text(text("  00123456 "))).isEqualTo("00123456");
            assertThat(CellParser.text(SheetCell.BLANK)).isEmpty();
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2.5    | 2.5
                2,5    | 2.5
                13.80  | 13.80
                288    | 288
                """)
        void readsAPointOrACommaAsDecimalMark(String value, String expected) {
            assertThat(CellParser.number(text(value))).isEqualByComparingTo(expected);
        }

        @Test
        void rejectsText() {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.number(text("abc")))
                    .withMessage("'abc' is not a number");
        }
    }
}
