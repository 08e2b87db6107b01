package org.refundbatch.bankfeedback;

/**
 * The reading of one kind of bank message, fed its elements one by one as the file streams past. A path is the
 * element's place below {@code Document}, its names joined by {@code /}: {@code CstmrPmtStsRpt/GrpHdr/MsgId}.
 */
interface MessageContent {

    /** An element opens. */
    void start(String path) throws UnreadableBankFileException;

    /** An element closes; {@code text} is its own text, stripped (empty for an element that holds elements). */
    void end(String path, String text) throws UnreadableBankFileException;

    /** The answers, once the whole file was read. */
    BankFeedback feedback(String sha256) throws UnreadableBankFileException;
}
