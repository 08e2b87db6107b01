package org.refundbatch.sheet;

import java.text.Normalizer;
import java.util.Locale;

/** Header names compared as people mean them: without case, spaces, {@code _}, {@code -} or accents. */
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
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.isWhitespace(c) || c == '_' || c == '-'
                    || c == '\u00a0' || c == '\ufeff') {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
