package org.refundbatch.bankfeedback;

/** A bank feedback file that cannot be read; its message names the file and the reason. */
public class UnreadableBankFileException extends Exception {

    public UnreadableBankFileException(String message) {
        super(message);
    }

    public UnreadableBankFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
