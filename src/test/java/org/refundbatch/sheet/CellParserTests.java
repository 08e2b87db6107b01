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
                "03-11-2026", " 03/11/2026 ", "2026-11-03T00:00:00", "2026-11-03 00:00", "03/11/2026 14:30",
                "03/11/26", "3/11/26", "03-11-26", "03.11.26"})
        void readsDayFirstAndIsoText(String value) {
            assertThat(CellParser.date(text(value))).isEqualTo(LocalDate.of(2026, 11, 3));
        }

        @Test
        void readsAnExcelDateCell() {
            SheetCell cell = new SheetCell(SheetCell.Kind.DATE, "2026-11-03T00:00:00");

            assertThat(CellParser.date(cell)).isEqualTo(LocalDate.of(2026, 11, 3));
        }

        @Test
        void readsATwoDigitYearAsThisCentury() {
            // LibreOffice Calc's Belgian default date format is DD/MM/YY: its CSV files hold 15/01/27
            assertThat(CellParser.date(text("15/01/27"))).isEqualTo(LocalDate.of(2027, 1, 15));
            assertThat(CellParser.date(text("01/09/99"))).isEqualTo(LocalDate.of(2099, 9, 1));
        }

        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                31/02/2026  | February 2026 has 28 days
                29/02/2027  | February 2027 has 28 days
                31/04/2026  | April 2026 has 30 days
                00/11/2026  | there is no day 0
                2026-02-30  | February 2026 has 28 days
                2026-13-01  | there is no month 13
                12/31/2026  | there is no month 31
                """)
        void saysWhyADayDoesNotExist(String value, String why) {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.date(text(value)))
                    .withMessage("'" + value + "' is not a date: " + why + " (write dd/mm/yyyy)");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"abc", "03/11-2026", "03/11/026", "11/2026", "2026/11/03", "3 november 2026",
                "2026-11-03 abc", "03/11/2026 later", "03112026"})
        void rejectsTextThatIsNotADate(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.date(text(value)))
                    .withMessage("'" + value.strip() + "' is not a date: write it as dd/mm/yyyy, e.g. 03/11/2026");
        }

        @Test
        void rejectsANumberCellWithItsValue() {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.date(number("46329")))
                    .withMessage("'46329' is a number, not a date: type the date as dd/mm/yyyy or format the cell"
                            + " as a date");
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

        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                1116,125   | 1116.125
                1116.125   | 1116.125
                0,125      | 0.125
                1.116,005  | 1116.005
                1,116.005  | 1116.005
                0.001      | 0.001
                1116,1250  | 1116.125
                """)
        void rejectsMoreThanTwoDecimalsSayingHowItWasRead(String value, String readAs) {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.amount(text(value)))
                    .withMessage(readAs + " has more than two decimals: an amount is in euro and cents");
            assertThat(CellParser.amountAsWritten(text(value))).isEqualByComparingTo(readAs);
        }

        @Test
        void saysWhyThreeDigitsAfterOneSeparatorAreRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.amount(text("1.116")))
                    .withMessage("'1.116' is ambiguous: is the . a thousands separator or a decimal mark? Write the"
                            + " amount with two decimals, e.g. 1116,00");
        }

        @Test
        void saysHowToWriteTextThatIsNotAnAmount() {
            assertThatIllegalArgumentException().isThrownBy(() -> CellParser.amount(text("ongeveer 300")))
                    .withMessage("'ongeveer 300' is not an amount: write the amount in euro, e.g. 1116,00");
        }

        @ParameterizedTest(name = "{0} -> ''{1}''")
        @CsvSource(textBlock = """
                1116,      1116.00
                1116.5,    1116.50
                1116.005,  1116.005
                1116.000,  1116.00
                1E+3,      1000.00
                -5,        -5.00
                """)
        void writesAnAmountAsTheOutputsDo(String amount, String plain) {
            assertThat(CellParser.plain(new BigDecimal(amount))).isEqualTo(plain);
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
                    .withMessage("1116.505 has more than two decimals: an amount is in euro and cents");
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#N/B",
                "#WAARDE!", "#VERW!", "#DEEL/0!", "#NAAM?", "Err:502", " #n/a "})
        void readsTheTextOfAnErrorAsAnError(String value) {
            // a CSV file saved from a sheet with a failed formula holds the error as text
            assertThat(CellParser.isError(text(value))).isTrue();
        }

        @Test
        void readsAnErrorCellAsAnError() {
            assertThat(CellParser.isError(new SheetCell(SheetCell.Kind.ERROR, "#N/A"))).isTrue();
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"#1", "N/A", "#N/A and more", "Err:5", "STOP-301"})
        void readsOtherTextAsText(String value) {
            assertThat(CellParser.isError(text(value))).isFalse();
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
