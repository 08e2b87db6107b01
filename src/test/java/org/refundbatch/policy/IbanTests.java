package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iban4j.IbanFormatException;
import org.iban4j.IbanFormatException.IbanFormatViolation;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTests {

    @Nested
    class Reading {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"BE68539007547034", "BE68 5390 0754 7034", "be68 5390 0754 7034", " be68539007547034\t",
                "BE68\n5390 0754  7034"})
        void readsTheElectronicAndThePrintFormInAnyCase(String text) {
            Iban iban = Iban.of(text);

            assertThat(iban.electronic()).isEqualTo("BE68539007547034");
            assertThat(iban).isEqualTo(new Iban("BE68539007547034")).hasToString("BE68539007547034");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"BE68 5390 0754 7034", "be68539007547034", "IBAN BE68 5390 0754 7034",
                "iban:BE68539007547034", "IBAN: BE68\u00a05390\u00a00754\u00a07034",
                "BE68\u202f5390\u202f0754\u202f7034", " BE68539007547034 "})
        void readsACopiedIbanWithItsLabelAndNoBreakSpaces(String typed) {
            assertThat(Iban.ofCopied(typed).electronic()).isEqualTo("BE68539007547034");
        }

        @Test
        void leavesTheLabelAndNoBreakSpacesToTheCopiedReading() {
            assertThat(Iban.compact("IBAN: BE68\u00a05390 0754 7034")).isEqualTo("IBAN:BE68\u00a0539007547034");
            assertThat(Iban.compactCopied("IBAN: BE68\u00a05390 0754 7034")).isEqualTo("BE68539007547034");
            assertThatThrownBy(() -> Iban.of("IBAN BE68 5390 0754 7034")).isInstanceOf(IbanFormatException.class);
            assertThatThrownBy(() -> Iban.of("BE68\u00a05390\u00a00754\u00a07034"))
                    .isInstanceOf(IbanFormatException.class);
        }

        @Test
        void takesOnlyTheElectronicFormAsItIs() {
            assertThatThrownBy(() -> new Iban("BE68 5390 0754 7034")).isInstanceOf(IbanFormatException.class);
            assertThatThrownBy(() -> new Iban("be68539007547034")).isInstanceOf(IbanFormatException.class);
        }
    }

    @Nested
    class Checking {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "BE68 5390 0754 7035, '[BE68539007547035] has invalid check digit: 68, expected check digit is: 41'",
                "BE00 1234 5678 9012, '[BE00123456789012] has invalid check digit: 00, expected check digit is: 53'"})
        void refusesCheckDigitsThatDoNotMatchTheRest(String text, String message) {
            assertThatThrownBy(() -> Iban.of(text)).isExactlyInstanceOf(InvalidCheckDigitException.class)
                    .hasMessage(message);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"BE68 5390 0754 703, 11", "BE68 5390 0754 7034 4, 13"})
        void refusesAnIbanLongerOrShorterThanItsCountrysLength(String text, int bbanLength) {
            assertThatThrownBy(() -> Iban.of(text)).isExactlyInstanceOf(IbanFormatException.class)
                    .satisfies(e -> {
                        IbanFormatException format = (IbanFormatException) e;
                        assertThat(format.getFormatViolation()).isEqualTo(IbanFormatViolation.BBAN_LENGTH);
                        assertThat(format.getExpected()).isEqualTo(12);
                        assertThat(format.getActual()).isEqualTo(bbanLength);
                    });
        }

        @Test
        void refusesACountryThatDoesNotExist() {
            assertThatThrownBy(() -> Iban.of("XX68 5390 0754 7034")).isExactlyInstanceOf(IbanFormatException.class)
                    .satisfies(e -> assertThat(((IbanFormatException) e).getFormatViolation())
                            .isEqualTo(IbanFormatViolation.COUNTRY_CODE_EXISTS));
        }

        @Test
        void refusesACountryWithoutIbans() {
            assertThatThrownBy(() -> Iban.of("US12 3456 7890 1234"))
                    .isExactlyInstanceOf(UnsupportedCountryException.class)
                    .hasMessage("Country code is not supported.");
        }

        @Test
        void refusesALetterOForAZero() {
            assertThatThrownBy(() -> Iban.of("BE68 5390 0754 7O34")).isExactlyInstanceOf(IbanFormatException.class)
                    .satisfies(e -> assertThat(((IbanFormatException) e).getFormatViolation())
                            .isEqualTo(IbanFormatViolation.BBAN_ONLY_DIGITS));
        }
    }

    @Nested
    class Country {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"BE68539007547034, BE, true", "CH9300762011623852957, CH, true", "GB29NWBK60161331926819, GB, true",
                "NO9386011117947, NO, true", "TR330006100519786457841326, TR, false",
                "FO6264600001631634, FO, false", "BR1800360305000010009795493C1, BR, false"})
        void namesTheCountryAndWhetherSepaCanPayIt(String electronic, String country, boolean sepa) {
            Iban iban = new Iban(electronic);

            assertThat(iban.countryCode()).isEqualTo(country);
            assertThat(iban.isSepa()).isEqualTo(sepa);
        }
    }
}
