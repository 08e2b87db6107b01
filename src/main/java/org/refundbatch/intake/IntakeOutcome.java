package org.refundbatch.intake;

import java.util.List;

import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;

/**
 * What became of one withdrawal row: a refund with its credit records, or a reject; or of a whole file that
 * broke off part-way ({@link FileRejected}).
 */
public sealed interface IntakeOutcome {

    /** A refund of any rule, NO_REFUND included. */
    record Refunded(RefundRecord refund, List<CreditRecord> creditRecords, List<String> originalValues)
            implements IntakeOutcome {
        public Refunded {
            creditRecords = List.copyOf(creditRecords);
        }
    }

    /** A row that could not be refunded, with the reason. */
    record Rejected(RejectRecord reject) implements IntakeOutcome {
    }

    /**
     * A file found damaged part-way: rejected whole. The writer takes back the rows of {@code fileSeq} that this
     * run already wrote, in the same transaction as it records this reject.
     *
     * @param stoppedAtRow the row where reading stopped, as a spreadsheet program numbers it (0: at the start)
     */
    record FileRejected(String sourceFile, int fileSeq, int stoppedAtRow, String reason) implements IntakeOutcome {

        /** The whole-file reject ({@code source_row} 0) as the rejects file shows it. */
        public RejectRecord reject() {
            return new RejectRecord(sourceFile, fileSeq, 0, null, null, reason, List.of());
        }
    }
}
