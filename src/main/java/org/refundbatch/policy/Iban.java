package org.refundbatch.policy;

import java.util.Locale;
import java.util.regex.Pattern;

import org.iban4j.IbanUtil;

/**
 * A valid International Bank Account Number in its electronic form (ISO 13616: no spaces, capitals), e.g.
 * {@code BE68539007547034}; valid means a known country, that country's length and format, and matching check
 * digits, as iban4j checks them.
 *
 * @param electronic the IBAN in its electronic form
 */
public record Iban(String electronic) {

    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern COPIED_SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    private static final Pattern LABEL = Pattern.compile("^(?i)iban\\s*:?");

    /**
     * @throws org.iban4j.IbanFormatException when the text is not an IBAN of its country's format and length
     * @throws org.iban4j.InvalidCheckDigitException when the check digits do not match the rest
     * @throws org.iban4j.UnsupportedCountryException when the country has no IBANs
     */
    public Iban {
        IbanUtil.validate(electronic);
    }

    /**
     * The IBAN of a text in its electronic form or in groups of four ({@code be68 5390 0754 7034}), as settings
     * and the ledger hold it.
     *
     * @throws org.iban4j.Iban4jException when it is not a valid IBAN
     */
    public static Iban of(String text) {
        return new Iban(compact(text));
    }

    /**
     * The IBAN of a text as people copy it from a statement or a web page: as {@link #of}, and also with the label
     * of the paper form in front ({@code IBAN BE68 5390 0754 7034}, {@code IBAN: ...}) and with no-break spaces
     * between the groups.
     *
     * @throws org.iban4j.Iban4jException when it is not a valid IBAN
     */
    public static Iban ofCopied(String typed) {
        return new Iban(compactCopied(typed));
    }

    /** The text {@link #of} reads, without spaces, in capitals; not checked. */
    public static String compact(String text) {
        return WHITESPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The text {@link #ofCopied} reads, without label and spaces, in capitals; not checked. */
    public static String compactCopied(String typed) {
        return COPIED_SPACES.matcher(LABEL.matcher(typed.strip()).replaceFirst("")).replaceAll("")
                .toUpperCase(Locale.ROOT);
    }

    /** The ISO 3166 code of the account's country, its first two letters: {@code BE}. */
    public String countryCode() {
        return IbanUtil.getCountryCode(electronic);
    }

    /** Whether a SEPA transfer can pay the account: its country is in the EPC's list ({@link SepaCountries}). */
    public boolean isSepa() {
        return SepaCountries.includesIbanOf(electronic);
    }

    @Override
    public String toString() {
        return electronic;
    }
}
