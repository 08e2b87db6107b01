package org.refundbatch.policy;

import java.util.Locale;

/** When a course unit is taught: first semester, second semester or the whole year (jaarvak). */
public enum Semester {
    FIRST("1"), SECOND("2"), YEAR("J");

    private final String code;

    Semester(String code) {
        this.code = code;
    }

    /** The catalogue's code: {@code 1}, {@code 2} or {@code J}. */
    public String code() {
        return code;
    }

    /**
     * Reads a catalogue semester: {@code 1}, {@code 2}, or {@code J} for a year-long unit
     * ({@code 1+2}, {@code jaar} and {@code year} mean the same).
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static Semester parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "1" -> FIRST;
            case "2" -> SECOND;
            case "j", "1+2", "jaar", "year", "jaarvak" -> YEAR;
            default -> throw new IllegalArgumentException(
                    "'" + text + "' is not a semester (use 1, 2 or J for a year-long unit)");
        };
    }
}
