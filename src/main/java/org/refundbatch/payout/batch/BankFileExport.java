package org.refundbatch.payout.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Map;

import org.refundbatch.ledger.IssuedMessageRepository;
import org.refundbatch.ledger.IssuedMessageRepository.IssuedMessage;
import org.refundbatch.ledger.LedgerRepository.PaymentTotals;
import org.refundbatch.ledger.PaymentRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.payout.Debtor;
import org.refundbatch.payout.Pain001Header;
import org.refundbatch.payout.Pain001Version;
import org.refundbatch.payout.Pain001Writer;
import org.refundbatch.policy.ExecutionDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SEPA credit transfer file of a run's payment attempts: its {@code PAYABLE} refunds and its releases (a
 * release after a return carries a new EndToEndId, see {@code PaymentReference}). Its message id and creation
 * time are recorded the first time and reused when the file is written again, so a restart writes the same file
 * and a bank that already took it refuses the copy.
 */
public class BankFileExport {

    private static final Logger log = LoggerFactory.getLogger(BankFileExport.class);

    private final PaymentRepository payments;
    private final IssuedMessageRepository messages;
    private final Debtor debtor;
    private final Pain001Version version;
    private final Clock clock;

    public BankFileExport(PaymentRepository payments, IssuedMessageRepository messages, Debtor debtor, Pain001Version version,
                   Clock clock) {
        this.payments = payments;
        this.messages = messages;
        this.debtor = debtor;
        this.version = version;
        this.clock = clock;
    }

    /**
     * Writes the bank file of the run.
     *
     * @param payables the run's {@code PAYABLE} lines (refunds and releases) in the order the rows were read;
     *        not read when there are none
     */
    void write(LocalDate runDate, Path dir, Iterator<RefundRecord> payables) throws IOException {
        Path target = dir.resolve(Pain001Writer.fileName(runDate));
        PaymentTotals totals = payments.totals(runDate);
        if (totals.count() == 0) {
            Files.deleteIfExists(target);
            log.info("Run {}: nothing payable, no bank file", runDate);
            return;
        }
        IssuedMessage message = messages.issue(runDate, LocalDateTime.now(clock), totals.count(), totals.sum());
        Clock creation = Clock.fixed(message.createdAt().atZone(clock.getZone()).toInstant(), clock.getZone());
        Pain001Header header = new Pain001Header(message.msgId(), ExecutionDate.after(runDate), totals.count(), totals.sum());
        Map<String, String> laterAttempts = payments.laterAttemptIds(runDate);
        new Pain001Writer(debtor, version, creation, id -> laterAttempts.getOrDefault(id, id))
                .write(target, header, payables);
    }
}
