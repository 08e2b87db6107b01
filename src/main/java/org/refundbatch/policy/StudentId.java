package org.refundbatch.policy;

import java.util.Locale;

/**
 * A student id in its canonical form, the form the refund key is made of (DESIGN §8): trimmed, every space inside
 * removed and upper-cased, so that {@code s0123456}, {@code S0123456} and {@code S 012 3456} are one student. A
 * number cell reaches this as the digits its number format shows (leading zeros of a {@code 0000000} format kept).
 */
public record StudentId(String value) {

    public StudentId {
        if (value == null || value.isEmpty() || !value.equals(canonical(value))) {
            throw new IllegalArgumentException("'" + value + "' is not a student id in canonical form");
        }
    }

    /** The canonical form of a student id as typed. */
    public static StudentId of(String typed) {
        return new StudentId(canonical(typed));
    }

    /**
     * The text without any space (ordinary, no-break or other Unicode space, tab), upper-cased by the rules of no
     * particular language (an {@code i} becomes {@code I}, never the Turkish dotted capital).
     */
    public static String canonical(String typed) {
        StringBuilder canonical = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(canonical::appendCodePoint);
        return canonical.toString().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
