package org.refundbatch.sheet;

/** A file that cannot be read as a sheet at all: corrupt, encrypted, empty or of another type. */
public class UnreadableSheetException extends RuntimeException {

    public UnreadableSheetException(String message) {
        super(message);
    }

    public UnreadableSheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
