package org.refundbatch.bankfeedback;

import java.nio.file.Path;

/** Reads one bank feedback file: ISO 20022 pain.002 (.001.03, .001.10) or camt.054 (.001.08). */
public interface BankFeedbackReader {

    /**
     * The file's answers.
     *
     * @throws UnreadableBankFileException when the file is not a bank feedback message this program reads
     *                                     (not XML, another message, invalid against its schema, damaged), with
     *                                     a reason that names the file and what is wrong
     */
    BankFeedback read(Path file) throws UnreadableBankFileException;
}
