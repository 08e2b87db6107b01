package org.refundbatch.bankfeedback;

import java.util.List;
import java.util.Objects;

/**
 * One bank feedback file as read: a payment status report (pain.002) or a debit notification (camt.054).
 *
 * @param fileName          the file's name in the bank inbox
 * @param sha256            the SHA-256 of its bytes, hex: a file read before is known by it
 * @param format            the message it is, e.g. {@code pain.002.001.10} or {@code camt.054.001.08}
 * @param messageId         the feedback message's own MsgId
 * @param originalMessageId the MsgId of the pain.001 it answers (pain.002 {@code OrgnlMsgId}), null for a camt.054
 * @param groupOutcome      for a pain.002 that rejects the whole original message without naming its transfers
 *                          ({@code GrpSts RJCT} and no {@code TxInfAndSts}): {@link BankAnswer.Outcome#REJECTED};
 *                          otherwise null
 * @param groupReasonCode   that group rejection's reason code, or null
 * @param groupReasonText   that group rejection's reason in words, or null
 * @param answers           the transfers the file names, in file order
 */
public record BankFeedback(String fileName, String sha256, String format, String messageId,
                           String originalMessageId, BankAnswer.Outcome groupOutcome, String groupReasonCode,
                           String groupReasonText, List<BankAnswer> answers) {

    public BankFeedback {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        answers = List.copyOf(answers);
    }
}
