package org.refundbatch.catalog;

import java.util.List;

/** A catalogue that cannot be used: every problem found, each with the file and row. */
public class InvalidCatalogException extends RuntimeException {

    private final List<String> problems;

    public InvalidCatalogException(String file, List<String> problems) {
        super("invalid catalogue " + file + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
