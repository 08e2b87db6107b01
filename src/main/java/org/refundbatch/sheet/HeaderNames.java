package org.refundbatch.sheet;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /**
     * Where each column stands in a header row (0 for column A): the first cell that names it, the names compared
     * as {@link #normalize} does. A column that no cell names is absent; of two cells that name the same column,
     * the first counts.
     *
     * @param columns the columns looked for
     * @param names   the header names each column is known by, as written: {@code student_id}, {@code rolnummer}
     */
    public static <C extends Enum<C>> Map<C, Integer> positions(SheetRow header, Class<C> columns,
                                                                Function<C, ? extends Collection<String>> names) {
        Map<C, Set<String>> normalized = new EnumMap<>(columns);
        for (C column : columns.getEnumConstants()) {
            normalized.put(column, names.apply(column).stream().map(HeaderNames::normalize).collect(Collectors.toSet()));
        }
        Map<C, Integer> positions = new EnumMap<>(columns);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = normalize(header.cell(i).value());
            for (Map.Entry<C, Set<String>> column : normalized.entrySet()) {
                if (column.getValue().contains(name)) {
                    positions.putIfAbsent(column.getKey(), i);
                }
            }
        }
        return positions;
    }
}
