package org.refundbatch.sheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Header names compared as people mean them: without case, spaces (no-break ones too), {@code _}, {@code -}
 * or accents. Invisible format characters, such as a byte-order mark, are dropped as well, and so are
 * other punctuation and a remark in brackets: {@code Bedrag betaald (€)} and {@code Rekeningnummer:} name
 * the columns they say, rather than leaving them unread.
 */
public final class HeaderNames {

    /** A remark in round or square brackets: {@code (€)}, {@code [dd/mm/jjjj]}. */
    private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");

    private HeaderNames() {
    }

    /** {@code "Datum stopzetting"}, {@code "datum_stopzetting"} and {@code "DATUM-STOPZETTING"} all give {@code datumstopzetting}. */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String withoutRemarks = REMARK.matcher(header).replaceAll(" ");
        String decomposed = Normalizer.normalize(withoutRemarks.strip(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
