package org.refundbatch.sheet;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Header names compared as people mean them: without case, spaces (no-break ones too), {@code _}, {@code -}
 * or accents. Invisible format characters, such as a byte-order mark, are dropped as well.
 */
public final class HeaderNames {

    private HeaderNames() {
    }

    /** {@code "Datum stopzetting"}, {@code "datum_stopzetting"} and {@code "DATUM-STOPZETTING"} all give {@code datumstopzetting}. */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(header.strip(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || c == '_' || c == '-') {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
