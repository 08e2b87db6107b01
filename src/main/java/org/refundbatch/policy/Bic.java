package org.refundbatch.policy;

import java.util.Locale;

import org.iban4j.BicUtil;

/**
 * A valid Business Identifier Code of a bank (ISO 9362) in its electronic form, e.g. {@code GEBABEBB} or
 * {@code GEBABEBBXXX}: 8 or 11 letters and digits of a known country, as iban4j checks them. Whether a bank file
 * can carry it is the file format's rule, not this one.
 *
 * @param electronic the BIC without spaces, in capitals
 */
public record Bic(String electronic) {

    /**
     * @throws org.iban4j.BicFormatException when the text is not 8 or 11 letters and digits in the ISO 9362 places
     * @throws org.iban4j.UnsupportedCountryException when its country is not known
     */
    public Bic {
        BicUtil.validate(electronic);
    }

    /**
     * The BIC of a text with or without spaces, in any case ({@code geba be bb}), as settings and the ledger hold it.
     *
     * @throws org.iban4j.Iban4jException when it is not a valid BIC
     */
    public static Bic of(String text) {
        return new Bic(compact(text));
    }

    /**
     * The BIC of a text as people copy it: as {@link #of}, and also with no-break spaces.
     *
     * @throws org.iban4j.Iban4jException when it is not a valid BIC
     */
    public static Bic ofCopied(String typed) {
        return new Bic(compactCopied(typed));
    }

    /** The text {@link #of} reads, without spaces, in capitals; not checked. */
    public static String compact(String text) {
        return Iban.WHITESPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The text {@link #ofCopied} reads, without spaces, in capitals; not checked. */
    public static String compactCopied(String typed) {
        return Iban.COPIED_SPACES.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return electronic;
    }
}
