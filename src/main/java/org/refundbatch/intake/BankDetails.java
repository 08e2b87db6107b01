package org.refundbatch.intake;

import org.iban4j.BicFormatException;
import org.iban4j.IbanFormatException;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.refundbatch.payout.Pain001Version;
import org.refundbatch.policy.Bic;
import org.refundbatch.policy.Iban;

/**
 * Reads the IBAN and BIC of a withdrawal as people copy them ({@link Iban#ofCopied}, {@link Bic#ofCopied}) and
 * says in plain words what is wrong with one that is not valid (ISO 13616 check digits, length, country) or that
 * the bank file cannot carry.
 */
final class BankDetails {

    private BankDetails() {
    }

    /** An IBAN or BIC of a sheet that cannot be paid to; the message says why, in words for the staff. */
    static final class Problem extends Exception {

        Problem(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The IBAN of a sheet's cell.
     *
     * @param typed the IBAN as the sheet holds it, for the message
     * @throws Problem when it is not a valid IBAN
     */
    static Iban iban(String typed) throws Problem {
        try {
            return Iban.ofCopied(typed);
        } catch (InvalidCheckDigitException e) {
            throw new Problem("'" + typed + "' is not a valid IBAN: its check digits do not match the rest, so a"
                    + " character is mistyped; copy the IBAN again from the student's bank details");
        } catch (UnsupportedCountryException e) {
            throw new Problem("'" + typed + "' is not a valid IBAN: " + e.getCountryCode()
                    + " is not a country with IBANs");
        } catch (IbanFormatException e) {
            throw new Problem("'" + typed + "' is not a valid IBAN: " + formatProblem(e, Iban.compactCopied(typed)));
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

    /**
     * The BIC of a sheet's cell, when it is valid and the bank file's format accepts it: the XSD of pain.001.001.03
     * is stricter than ISO 9362 (no digit in the bank code, no {@code 0} or {@code 1} as the first location
     * character, no {@code O} as the second).
     *
     * @param typed the BIC as the sheet holds it, for the message
     * @throws Problem when it is not a valid BIC or the bank file cannot carry it
     */
    static Bic bic(String typed, Pain001Version version) throws Problem {
        Bic bic;
        try {
            bic = Bic.ofCopied(typed);
        } catch (BicFormatException | UnsupportedCountryException e) {
            throw new Problem("'" + typed + "' is not a valid BIC (8 or 11 letters and digits, e.g. GKCCBEBB);"
                    + " correct it or leave it empty: within SEPA the IBAN is enough");
        }
        if (!version.acceptsBic(bic.electronic())) {
            throw new Problem("'" + typed + "' is a BIC that the bank file (" + version.messageName() + ") cannot"
                    + " carry; check it with the student's bank, or leave it empty: within SEPA the IBAN is enough");
        }
        return bic;
    }
}
