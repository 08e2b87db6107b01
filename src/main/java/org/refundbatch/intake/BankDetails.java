package org.refundbatch.intake;

import java.util.Locale;
import java.util.regex.Pattern;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.refundbatch.payout.Pain001Version;
import org.refundbatch.policy.SepaCountries;

/**
 * Reads the IBAN and BIC of a withdrawal as people copy them (spaces, lower case, an {@code IBAN:} in front)
 * and says in plain words what is wrong with one that is not valid (ISO 13616 check digits, length, country).
 */
final class BankDetails {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    private static final Pattern IBAN_PREFIX = Pattern.compile("^(?i)iban\\s*:?");

    private BankDetails() {
    }

    /** The IBAN without spaces, in capitals: {@code BE68539007547034}. */
    static String compactIban(String typed) {
        return SPACES.matcher(IBAN_PREFIX.matcher(typed.strip()).replaceFirst("")).replaceAll("")
                .toUpperCase(Locale.ROOT);
    }

    /**
     * What is wrong with the IBAN, or null when it is valid.
     *
     * @param typed the IBAN as the sheet holds it, for the message
     * @param iban  the same, compact ({@link #compactIban})
     */
    static String ibanProblem(String typed, String iban) {
        try {
            IbanUtil.validate(iban);
            return null;
        } catch (InvalidCheckDigitException e) {
            return "'" + typed + "' is not a valid IBAN: its check digits do not match the rest, so a character is"
                    + " mistyped; copy the IBAN again from the student's bank details";
        } catch (UnsupportedCountryException e) {
            return "'" + typed + "' is not a valid IBAN: " + e.getCountryCode() + " is not a country with IBANs";
        } catch (IbanFormatException e) {
            return "'" + typed + "' is not a valid IBAN: " + formatProblem(e, iban);
        }
    }

    private static String formatProblem(IbanFormatException e, String iban) {
        String country = iban.length() >= 2 ? iban.substring(0, 2) : iban;
        return switch (e.getFormatViolation()) {
            case BBAN_LENGTH -> {
                int expected = ((Number) e.getExpected()).intValue() + 4;
                yield "an IBAN of " + country + " has " + expected + " characters, this one has "
                        + iban.length() + "; a character is missing or too many";
            }
            case COUNTRY_CODE_EXISTS -> country + " is not a country with IBANs";
            case COUNTRY_CODE_TWO_LETTERS, COUNTRY_CODE_UPPER_CASE_LETTERS,
                 COUNTRY_CODE_NOT_NULL -> "an IBAN starts with the country's two letters, e.g. BE68 5390 0754 7034";
            case CHECK_DIGIT_ONLY_DIGITS, CHECK_DIGIT_TWO_DIGITS ->
                    "the two characters after the country code must be digits";
            default -> "it holds characters that do not belong in an IBAN of " + country
                    + " (a letter O for a zero?)";
        };
    }

    /** The BIC without spaces, in capitals. */
    static String compactBic(String typed) {
        return SPACES.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Whether a valid IBAN (compact) can be paid by a SEPA transfer: its country is in the EPC's list. */
    static boolean isSepa(String iban) {
        return SepaCountries.includesIbanOf(iban);
    }

    /**
     * What is wrong with the BIC, or null when it is valid and the bank file's format accepts it: the XSD of
     * pain.001.001.03 is stricter than ISO 9362 (no digit in the bank code, no {@code 0} or {@code 1} as the
     * first location character, no {@code O} as the second).
     */
    static String bicProblem(String typed, String bic, Pain001Version version) {
        try {
            BicUtil.validate(bic);
        } catch (BicFormatException | UnsupportedCountryException e) {
            return "'" + typed + "' is not a valid BIC (8 or 11 letters and digits, e.g. GKCCBEBB); correct it or"
                    + " leave it empty: within SEPA the IBAN is enough";
        }
        if (!version.acceptsBic(bic)) {
            return "'" + typed + "' is a BIC that the bank file (" + version.messageName() + ") cannot carry;"
                    + " check it with the student's bank, or leave it empty: within SEPA the IBAN is enough";
        }
        return null;
    }
}
