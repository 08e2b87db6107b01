package org.refundbatch.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iban4j.BicFormatException;
import org.iban4j.UnsupportedCountryException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BicTests {

    @Nested
    class Reading {

        @ParameterizedTest(name = "''{0}''")
        @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
                GKCCBEBB|GKCCBEBB
                gkcc be bb|GKCCBEBB
                 GEBA BE BB |GEBABEBB
                GEBABEBBXXX|GEBABEBBXXX
                geba be bb xxx|GEBABEBBXXX
                """)
        void readsABicWithSpacesInAnyCase(String text, String electronic) {
            Bic bic = Bic.of(text);

            assertThat(bic.electronic()).isEqualTo(electronic);
            assertThat(bic).isEqualTo(new Bic(electronic)).hasToString(electronic);
        }

        @Test
        void readsACopiedBicWithNoBreakSpaces() {
            assertThat(Bic.ofCopied("gkcc\u00a0be\u202fbb").electronic()).isEqualTo("GKCCBEBB");
            assertThat(Bic.compactCopied("gkcc\u00a0be\u202fbb")).isEqualTo("GKCCBEBB");
            assertThat(Bic.compact("gkcc\u00a0be bb")).isEqualTo("GKCC\u00a0BEBB");
            assertThatThrownBy(() -> Bic.of("GKCC\u00a0BEBB")).isExactlyInstanceOf(BicFormatException.class);
        }

        @Test
        void takesOnlyTheElectronicFormAsItIs() {
            assertThatThrownBy(() -> new Bic("gebabebb")).isExactlyInstanceOf(BicFormatException.class)
                    .hasMessage("Bic must contain only upper case letters.");
            assertThatThrownBy(() -> new Bic("GEBA BEBB")).isExactlyInstanceOf(BicFormatException.class);
        }
    }

    @Nested
    class Checking {

        @ParameterizedTest(name = "''{0}''")
        @CsvSource({"GEBA1", "GKCC", "GEBABEBBXX", "XXXXBEBB1", "GEBABEBBXXXX"})
        void refusesABicOfAnotherLengthThan8Or11(String text) {
            assertThatThrownBy(() -> Bic.of(text)).isExactlyInstanceOf(BicFormatException.class)
                    .hasMessage("Bic length must be 8 or 11");
        }

        @Test
        void refusesAnUnknownCountry() {
            assertThatThrownBy(() -> Bic.of("GKCCXXBB")).isExactlyInstanceOf(UnsupportedCountryException.class)
                    .hasMessage("Country code is not supported.");
        }

        @Test
        void refusesDigitsForTheCountry() {
            assertThatThrownBy(() -> Bic.of("12345678")).isExactlyInstanceOf(BicFormatException.class)
                    .hasMessage("Bic country code must contain upper case letters");
        }
    }
}
