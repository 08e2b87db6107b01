package org.refundbatch.bankfeedback;

import java.math.BigDecimal;

/** The file a message is read from, and its values read as this program needs them, with plain-word errors. */
record MessageFields(String fileName, String format) {

    /** A problem in the file, in plain words, naming it. */
    UnreadableBankFileException problem(String what) {
        return new UnreadableBankFileException("bank file " + fileName + " (" + format + "): " + what
                + ": the file is not read; ask the bank to send it again");
    }

    /** An amount as the XML writes it, {@code 384.60}, exactly: never through a double. */
    BigDecimal amount(String text, String endToEndId) throws UnreadableBankFileException {
        if (!text.matches("\\d{1,18}(\\.\\d{1,5})?")) {
            throw problem("the amount '" + text + "' of transfer " + endToEndId + " is not an amount");
        }
        return new BigDecimal(text);
    }

    /** A value the message must have. */
    String required(String value, String element) throws UnreadableBankFileException {
        if (value == null || value.isEmpty()) {
            throw problem("it has no " + element);
        }
        return value;
    }
}
