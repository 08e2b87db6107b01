package org.refundbatch.ledger;

/**
 * Bank feedback a run could not apply: a whole file, or one answer in it.
 *
 * @param endToEndId the answer's EndToEndId, null when the whole file is refused
 */
public record BankFeedbackReject(String fileName, String endToEndId, String reason) {
}
