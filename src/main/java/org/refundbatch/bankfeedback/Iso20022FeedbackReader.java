package org.refundbatch.bankfeedback;

import java.nio.file.Path;

/** Reads the bank's ISO 20022 feedback files; until it does, every file is reported as not read. */
public class Iso20022FeedbackReader implements BankFeedbackReader {

    public Iso20022FeedbackReader() {
    }

    @Override
    public BankFeedback read(Path file) throws UnreadableBankFileException {
        throw new UnreadableBankFileException(file + ": bank feedback files are not read yet");
    }
}
