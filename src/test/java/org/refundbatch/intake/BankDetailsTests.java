package org.refundbatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IBANs as people copy them, and what is wrong with one that is not valid, in words. */
class BankDetailsTests {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"BE68 5390 0754 7034", "be68539007547034", "IBAN BE68 5390 0754 7034",
            "IBAN: BE68\u00a05390\u00a00754\u00a07034", " BE68539007547034 "})
    void readsAnIbanAsPeopleCopyIt(String typed) {
        String iban = BankDetails.compactIban(typed);

        assertThat(iban).isEqualTo("BE68539007547034");
        assertThat(BankDetails.ibanProblem(typed, iban)).isNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            BE00 1234 5678 9012 | its check digits do not match the rest, so a character is mistyped; copy the IBAN again from the student's bank details
            BE68 5390 0754 703  | an IBAN of BE has 16 characters, this one has 15; a character is missing or too many
            XX68 5390 0754 7034 | XX is not a country with IBANs
            5390 0754 7034      | an IBAN starts with the country's two letters, e.g. BE68 5390 0754 7034
            BE68 5390 0754 7O34 | it holds characters that do not belong in an IBAN of BE (a letter O for a zero?)
            """)
    void saysWhatIsWrongWithAnIban(String typed, String problem) {
        assertThat(BankDetails.ibanProblem(typed, BankDetails.compactIban(typed)))
                .isEqualTo("'" + typed + "' is not a valid IBAN: " + problem);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"GKCCBEBB", "gkcc be bb", "GEBABEBBXXX"})
    void readsABic(String typed) {
        assertThat(BankDetails.bicProblem(typed, BankDetails.compactBic(typed))).isNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"GKCC", "GKCCXXBB", "12345678"})
    void saysTheBicIsOptional(String typed) {
        assertThat(BankDetails.bicProblem(typed, BankDetails.compactBic(typed))).isEqualTo("'" + typed
                + "' is not a valid BIC (8 or 11 letters and digits, e.g. GKCCBEBB); correct it or leave it empty:"
                + " within SEPA the IBAN is enough");
    }
}
