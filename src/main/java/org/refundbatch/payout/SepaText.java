package org.refundbatch.payout;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SEPA Latin character set of the EPC implementation guidelines: {@code a-z A-Z 0-9 / - ? : ( ) . , ' +}
 * and space. Free text is transliterated into it; identifiers must already be in it.
 */
public final class SepaText {

    private static final Pattern SEPA = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");
    private static final Pattern NOT_SEPA = Pattern.compile("[^A-Za-z0-9/\\-?:().,'+ ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** Letters that do not decompose under NFD into a base letter and marks. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "SS"), Map.entry('Æ', "AE"), Map.entry('æ', "ae"),
            Map.entry('Œ', "OE"), Map.entry('œ', "oe"), Map.entry('Ø', "O"), Map.entry('ø', "o"),
            Map.entry('Ł', "L"), Map.entry('ł', "l"), Map.entry('Đ', "D"), Map.entry('đ', "d"),
            Map.entry('Ð', "D"), Map.entry('ð', "d"), Map.entry('Þ', "TH"), Map.entry('þ', "th"),
            Map.entry('Ħ', "H"), Map.entry('ħ', "h"), Map.entry('ı', "i"), Map.entry('Ŀ', "L"),
            Map.entry('ŀ', "l"), Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('ʼ', "'"),
            Map.entry('‐', "-"), Map.entry('‑', "-"), Map.entry('–', "-"), Map.entry('—', "-"));

    private SepaText() {
    }

    /**
     * The text in the SEPA Latin character set: accents dropped ({@code é→e}), a few letters spelled out
     * ({@code ß→ss}, {@code æ→ae}, {@code Ł→L}, {@code ø→o}), anything else a space; runs of spaces collapsed
     * and the ends trimmed. Null stays null.
     */
    public static String transliterate(String text) {
        if (text == null || isTidySepa(text)) {
            return text;
        }
        StringBuilder mapped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String replacement = LETTERS.get(c);
            mapped.append(replacement == null ? String.valueOf(c) : replacement);
        }
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFD);
        String latin = NOT_SEPA.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ");
        return SPACES.matcher(latin).replaceAll(" ").strip();
    }

    /**
     * Whether the text is already what {@link #transliterate} makes of it: SEPA characters only, no run of
     * spaces, no space at either end. Most names are, and they need no normalising.
     */
    private static boolean isTidySepa(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "/-?:().,'+".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character of the text is in the SEPA Latin character set. */
    public static boolean isSepa(String text) {
        return text != null && SEPA.matcher(text).matches();
    }

    /** The text cut to at most {@code max} characters, without a trailing space. */
    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).stripTrailing();
    }

    /**
     * Checks an identifier (message id, end-to-end id) against the EPC rules: 1 to 35 characters of the SEPA
     * set, not starting or ending with {@code /} and without {@code //}.
     *
     * @throws Pain001Exception naming {@code what} when it breaks a rule
     */
    static String requireIdentifier(String value, String what) {
        if (value == null || value.isEmpty() || value.length() > 35) {
            throw new Pain001Exception(what + " '" + value + "' must have 1 to 35 characters");
        }
        if (!isSepa(value)) {
            throw new Pain001Exception(what + " '" + value
                    + "' may only use the SEPA characters a-z A-Z 0-9 / - ? : ( ) . , ' + and space");
        }
        if (value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
            throw new Pain001Exception(what + " '" + value + "' must not start or end with '/' nor contain '//'");
        }
        return value;
    }
}
