package org.refundbatch.sheet;

import java.util.Objects;

/**
 * One cell as the file stores it, never evaluated: text, a number in its exact stored decimal form,
 * a date (an Excel date cell, as ISO {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ss}), a boolean or an
 * error code. A formula cell is read by its cached value.
 */
public record SheetCell(Kind kind, String value) {

    public static final SheetCell BLANK = new SheetCell(Kind.BLANK, "");

    /** The kinds of cell a sheet can hold. */
    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN, ERROR, BLANK
    }

    public SheetCell {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
    }

    public static SheetCell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new SheetCell(Kind.TEXT, text);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK || value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
