package org.refundbatch.payout.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.refundbatch.ledger.BankFeedbackReject;
import org.refundbatch.ledger.BankFeedbackRepository;
import org.refundbatch.ledger.OpenItem;
import org.refundbatch.ledger.OpenItemQuery;
import org.refundbatch.ledger.PaymentRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.payout.CsvOutputs;

/**
 * The part of a run's export that concerns refunds after their night: the night's releases among its listed
 * refunds, the open items and the bank feedback that could not be applied.
 */
public class AfterTheNightExport {

    private final PaymentRepository payments;
    private final OpenItemQuery openItems;
    private final BankFeedbackRepository bankFeedback;

    public AfterTheNightExport(PaymentRepository payments, OpenItemQuery openItems,
                        BankFeedbackRepository bankFeedback) {
        this.payments = payments;
        this.openItems = openItems;
        this.bankFeedback = bankFeedback;
    }

    /**
     * The night's lines: the refunds it decided and the refunds it released ({@code PAYABLE}, to the release's
     * account), in the order their rows were read.
     */
    Stream<RefundRecord> lines(LocalDate runDate, Stream<RefundRecord> decided) {
        List<RefundRecord> releases = payments.releases(runDate);
        if (releases.isEmpty()) {
            return decided;
        }
        Iterator<RefundRecord> a = decided.iterator();
        Iterator<RefundRecord> b = releases.iterator();
        Iterator<RefundRecord> merged = new Iterator<>() {
            private RefundRecord nextA = a.hasNext() ? a.next() : null;
            private RefundRecord nextB = b.hasNext() ? b.next() : null;

            @Override
            public boolean hasNext() {
                return nextA != null || nextB != null;
            }

            @Override
            public RefundRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RefundRecord line;
                if (nextB == null || (nextA != null && before(nextA, nextB))) {
                    line = nextA;
                    nextA = a.hasNext() ? a.next() : null;
                } else {
                    line = nextB;
                    nextB = b.hasNext() ? b.next() : null;
                }
                return line;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(decided::close);
    }

    private static boolean before(RefundRecord x, RefundRecord y) {
        return x.fileSeq() != y.fileSeq() ? x.fileSeq() < y.fileSeq() : x.sourceRow() < y.sourceRow();
    }

    Stream<OpenItem> openItems(LocalDate runDate) {
        return openItems.openItems(runDate);
    }

    /**
     * Writes {@code bank-feedback-rejects-<runDate>.csv} when the run could not apply some bank feedback, and
     * removes one an earlier attempt left when it could.
     */
    void writeBankFeedbackRejects(LocalDate runDate, Path dir) throws IOException {
        List<BankFeedbackReject> rejects = bankFeedback.rejects(runDate);
        if (rejects.isEmpty()) {
            Files.deleteIfExists(dir.resolve(CsvOutputs.bankFeedbackRejectsFileName(runDate)));
            return;
        }
        new CsvOutputs().writeBankFeedbackRejects(runDate, dir, rejects.iterator());
    }
}
