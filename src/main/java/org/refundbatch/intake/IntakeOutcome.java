package org.refundbatch.intake;

import java.util.List;

import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;

/** What became of one withdrawal row: a refund with its credit records, or a reject. */
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
}
