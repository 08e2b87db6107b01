package org.refundbatch.payout;

import java.text.Normalizer;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * The SEPA Latin character set of the EPC implementation guidelines: {@code a-z A-Z 0-9 / - ? : ( ) . , ' +}
 * and space. Free text is transliterated into it; identifiers must already be in it.
 */
public final class SepaText {

    private static final Pattern SEPA = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");
    private static final Pattern NOT_SEPA = Pattern.compile("[^A-Za-z0-9/\\-?:().,'+ ]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * ICU's standard transliteration of every script to Latin ({@code Иванов→Ivanov}, Greek by ISO 843, Han to
     * pinyin), then Latin to ASCII ({@code é→e}, {@code ß→ss}, {@code Ł→L}, {@code ’→'}).
     */
    static final String TRANSLITERATOR_ID = "Any-Latin; Latin-ASCII";
    /** The second half alone, for text in Latin script: the same result as the whole, several times faster. */
    static final String LATIN_ID = "Latin-ASCII";

    /**
     * One transliterator per thread. ICU documents transliterators as stateless, but its rule-based ones
     * synchronise on their rule data, so one shared instance would make the intake and writer threads (and the
     * partitions of a partitioned intake) queue for it; a copy per thread shares nothing and waits for nothing.
     */
    private static final ThreadLocal<Transliterator> ANY_TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSLITERATOR_ID));
    private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(LATIN_ID));

    private SepaText() {
    }

    /**
     * The text in the SEPA Latin character set: other scripts transliterated to Latin where ICU has a standard
     * transliteration ({@code Иванов→Ivanov}, {@code 王伟→wang wei}), accents dropped ({@code é→e}), a few letters
     * spelled out ({@code ß→ss}, {@code æ→ae}, {@code Ł→L}, {@code ø→o}), anything else a space; runs of spaces
     * collapsed and the ends trimmed. Null stays null.
     *
     * <p>Three paths, cheapest first (see {@code TransliterationBenchmark}): text already in the set only has its
     * spaces tidied; text that is ASCII once its accents are split off (NFD) and dropped needs nothing more;
     * anything else goes through ICU, Latin-script text through {@value #LATIN_ID} alone.
     */
    public static String transliterate(String text) {
        if (text == null || isTidySepa(text)) {
            return text;
        }
        String unmarked = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String ascii = isAscii(unmarked) ? unmarked
                : (isLatinScript(unmarked) ? LATIN_TO_ASCII : ANY_TO_ASCII).get().transliterate(text);
        String latin = NOT_SEPA.matcher(ascii).replaceAll(" ");
        return SPACES.matcher(latin).replaceAll(" ").strip();
    }

    /**
     * Whether the text keeps a letter {@code a-z A-Z} once {@link #transliterate transliterated}: a name without
     * one (only symbols, digits or a script ICU cannot write in Latin) cannot name the creditor of a transfer.
     */
    public static boolean hasSepaLetter(String text) {
        if (text == null) {
            return false;
        }
        String latin = transliterate(text);
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character is of the Latin script, or common to all scripts (digits, punctuation, marks). */
    private static boolean isLatinScript(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int script = UScript.getScript(codePoint);
            if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
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
