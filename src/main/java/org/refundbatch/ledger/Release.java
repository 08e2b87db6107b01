package org.refundbatch.ledger;

import java.time.LocalDate;

/**
 * A later row that pays an {@code ON_HOLD} or {@code RETURNED} refund to the account it gives.
 *
 * @param iban compact and valid
 */
public record Release(KnownRefund refund, LocalDate runDate, String iban, String bic, String sourceFile,
                      int fileSeq, int sourceRow) {
}
