package org.refundbatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.refundbatch.payout.Pain001Version;

/** IBANs as people copy them, and what is wrong with one that is not valid, in words. */
class BankDetailsTests {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"BE68 5390 0754 7034", "be68539007547034", "IBAN BE68 5390 0754 7034",
            "IBAN: BE68\u00a05390\u00a00754\u00a07034", " BE68539007547034 "})
    void readsAnIbanAsPeopleCopyIt(String typed) throws BankDetails.Problem {
        String iban = BankDetails.iban(typed).electronic();

        assertThat(iban).isEqualTo("BE68539007547034");
        assertThat(ibanProblem(typed)).isNull();
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
        assertThat(ibanProblem(typed))
                .isEqualTo("'" + typed + "' is not a valid IBAN: " + problem);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"GKCCBEBB", "gkcc be bb", "GEBABEBBXXX"})
    void readsABic(String typed) {
        assertThat(bicProblem(typed, Pain001Version.PAIN_001_001_09)).isNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"GKCC", "GKCCXXBB", "12345678"})
    void saysTheBicIsOptional(String typed) {
        assertThat(bicProblem(typed, Pain001Version.PAIN_001_001_09)).isEqualTo("'" + typed
                + "' is not a valid BIC (8 or 11 letters and digits, e.g. GKCCBEBB); correct it or leave it empty:"
                + " within SEPA the IBAN is enough");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"GKCCBE1B", "GKCCBEBO", "1KCCBEBB", "GKCCBE0BXXX"})
    void refusesABicThatPain00100103CannotCarryButPain00100109Can(String bic) {
        assertThat(bicProblem(bic, Pain001Version.PAIN_001_001_09)).isNull();
        assertThat(bicProblem(bic, Pain001Version.PAIN_001_001_03)).isEqualTo("'" + bic
                + "' is a BIC that the bank file (pain.001.001.03) cannot carry; check it with the student's bank, or"
                + " leave it empty: within SEPA the IBAN is enough");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Pain001Version.class)
    void acceptsAnOrdinaryBicInEitherVersion(Pain001Version version) {
        assertThat(bicProblem("GEBABEBBXXX", version)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BE68539007547034", "CH9300762011623852957", "GB29NWBK60161331926819",
            "GI75NWBK000000007099453", "AD1200012030200359100100", "ME25505000012345678951", "RS35260005601001611379",
            "AL47212110090000000235698741", "MD24AG000225100013104168", "MK07250120000058984", "VA59001123000012345678",
            "SM86U0322509800000000270100", "MC5811222000010123456789030", "LI21088100002324013AA", "NO9386011117947"})
    void placesIbansOfTheSepaSchemesInSepa(String iban) throws BankDetails.Problem {
        assertThat(ibanProblem(iban)).isNull();
        assertThat(BankDetails.iban(iban).isSepa()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TR330006100519786457841326", "BR1800360305000010009795493C1", "FO6264600001631634",
            "GL8964710001000206", "XK051212012345678906", "UA213223130000026007233566001", "SA0380000000608010167519"})
    void placesValidIbansOfOtherCountriesOutsideSepa(String iban) throws BankDetails.Problem {
        assertThat(ibanProblem(iban)).isNull();
        assertThat(BankDetails.iban(iban).isSepa()).isFalse();
    }

    /** What is wrong with the IBAN, or null when it is valid. */
    private static String ibanProblem(String typed) {
        try {
            BankDetails.iban(typed);
            return null;
        } catch (BankDetails.Problem problem) {
            return problem.getMessage();
        }
    }

    /** What is wrong with the BIC for the version, or null when it is valid and the version can carry it. */
    private static String bicProblem(String typed, Pain001Version version) {
        try {
            BankDetails.bic(typed, version);
            return null;
        } catch (BankDetails.Problem problem) {
            return problem.getMessage();
        }
    }
}
