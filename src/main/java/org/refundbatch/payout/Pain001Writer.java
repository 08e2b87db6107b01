package org.refundbatch.payout;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

import org.refundbatch.ledger.RefundRecord;

/**
 * Writes the night's bank file: an ISO 20022 SEPA credit transfer initiation (pain.001) with one payment
 * information block and one transaction per payable refund, streamed from the ledger.
 *
 * <p>The group header carries {@code NbOfTxs} and {@code CtrlSum} before the transactions, so the caller gives
 * them (an SQL aggregate) and the writer checks them against what it streams. The file is written under a
 * temporary name and moved into place only when complete and consistent; after a failure there is no file at the
 * target, not even one of an earlier attempt.
 */
public final class Pain001Writer {

    private static final DateTimeFormatter CREATION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Debtor debtor;
    private final Pain001Version version;
    private final Clock clock;
    private final UnaryOperator<String> endToEndIds;

    /** A writer of {@code pain.001.001.09}. */
    public Pain001Writer(Debtor debtor, Clock clock) {
        this(debtor, Pain001Version.PAIN_001_001_09, clock);
    }

    public Pain001Writer(Debtor debtor, Pain001Version version, Clock clock) {
        this(debtor, version, clock, UnaryOperator.identity());
    }

    /**
     * @param endToEndIds the EndToEndId of a transfer from its refund id: the refund id itself for a first attempt,
     *        another for a later one (see {@code PaymentReference})
     */
    public Pain001Writer(Debtor debtor, Pain001Version version, Clock clock, UnaryOperator<String> endToEndIds) {
        this.debtor = Objects.requireNonNull(debtor, "debtor");
        this.version = Objects.requireNonNull(version, "version");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.endToEndIds = Objects.requireNonNull(endToEndIds, "endToEndIds");
        if (debtor.bic() != null && !version.acceptsBic(debtor.bic())) {
            throw new IllegalArgumentException("refund.debtor.bic '" + debtor.bic() + "' is not accepted by "
                    + version.messageName());
        }
    }

    /** {@code reimbursements-<runDate>.xml}. */
    public static String fileName(LocalDate runDate) {
        return "reimbursements-" + runDate + ".xml";
    }

    /** As {@link #write(Path, Pain001Header, Iterator)}; the stream is consumed, not closed. */
    public Optional<Path> write(Path target, Pain001Header header, Stream<RefundRecord> payables)
            throws IOException {
        return write(target, header, payables.iterator());
    }

    /**
     * Writes the payable refunds to {@code target}.
     *
     * <p>With no payable refund ({@code NbOfTxs} 0) there is no file: pain.001 needs at least one transaction.
     * A target left by an earlier attempt of the same run is then deleted, so the outbox never disagrees with
     * the ledger.
     *
     * @return the file written, or empty when there was nothing to pay
     * @throws Pain001Exception when a refund cannot go to the bank as it is (not payable, an invalid IBAN or BIC,
     *         an amount out of range or with more than two decimals, an identifier outside the SEPA rules), or the
     *         refunds streamed do not add up to the header's count and sum; there is then no file at the target
     */
    public Optional<Path> write(Path target, Pain001Header header, Iterator<RefundRecord> payables)
            throws IOException {
        if (header.numberOfTransactions() == 0) {
            Files.deleteIfExists(target);
            if (payables.hasNext()) {
                throw new Pain001Exception("the header announces no payment but there are payable refunds,"
                        + " the first " + payables.next().refundId() + "; recompute the totals");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(AtomicFile.write(target, out -> writeDocument(out, header, payables)));
        } catch (IOException | RuntimeException e) {
            deleteStale(target, e);
            throw e;
        }
    }

    /** A file of an earlier attempt of the run must not outlive a failed one: the bank would get stale payments. */
    private static void deleteStale(Path target, Exception failure) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private void writeDocument(OutputStream out, Pain001Header header, Iterator<RefundRecord> payables)
            throws IOException {
        try {
            XmlOut xml = new XmlOut(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"),
                    version.namespace());
            xml.openDocument("Document");
            xml.open("CstmrCdtTrfInitn");
            writeGroupHeader(xml, header);
            writePaymentInformation(xml, header);
            Totals streamed = new Totals();
            while (payables.hasNext()) {
                CreditTransfer transfer = CreditTransfer.of(payables.next(), version, endToEndIds);
                streamed.add(transfer, header);
                writeTransaction(xml, transfer);
            }
            streamed.verify(header);
            xml.endDocument();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the pain.001 XML: " + e.getMessage(), e);
        }
    }

    private void writeGroupHeader(XmlOut xml, Pain001Header header) throws XMLStreamException {
        xml.open("GrpHdr");
        xml.leaf("MsgId", header.messageId());
        xml.leaf("CreDtTm", LocalDateTime.now(clock).format(CREATION_TIME));
        xml.leaf("NbOfTxs", Long.toString(header.numberOfTransactions()));
        xml.leaf("CtrlSum", header.controlSum().toPlainString());
        xml.open("InitgPty");
        xml.leaf("Nm", debtor.name());
        if (debtor.initiatingPartyId() != null) {
            xml.open("Id");
            xml.open("OrgId");
            xml.open("Othr");
            xml.leaf("Id", debtor.initiatingPartyId());
            xml.close();
            xml.close();
            xml.close();
        }
        xml.close();
        xml.close();
    }

    /** The one payment information block; its transactions follow, and it is closed with the document. */
    private void writePaymentInformation(XmlOut xml, Pain001Header header) throws XMLStreamException {
        xml.open("PmtInf");
        xml.leaf("PmtInfId", header.messageId());
        xml.leaf("PmtMtd", "TRF");
        xml.leaf("NbOfTxs", Long.toString(header.numberOfTransactions()));
        xml.leaf("CtrlSum", header.controlSum().toPlainString());
        xml.open("PmtTpInf");
        xml.open("SvcLvl");
        xml.leaf("Cd", "SEPA");
        xml.close();
        xml.close();
        if (version.wrapsExecutionDate()) {
            xml.open("ReqdExctnDt");
            xml.leaf("Dt", header.requestedExecutionDate().toString());
            xml.close();
        } else {
            xml.leaf("ReqdExctnDt", header.requestedExecutionDate().toString());
        }
        xml.open("Dbtr");
        xml.leaf("Nm", debtor.name());
        xml.close();
        writeAccount(xml, "DbtrAcct", debtor.iban());
        xml.open("DbtrAgt");
        xml.open("FinInstnId");
        if (debtor.bic() != null) {
            xml.leaf(version.bicElement(), debtor.bic());
        } else {
            xml.open("Othr");
            xml.leaf("Id", "NOTPROVIDED");
            xml.close();
        }
        xml.close();
        xml.close();
        xml.leaf("ChrgBr", "SLEV");
    }

    private void writeTransaction(XmlOut xml, CreditTransfer transfer) throws XMLStreamException {
        xml.open("CdtTrfTxInf");
        xml.open("PmtId");
        xml.leaf("EndToEndId", transfer.endToEndId());
        xml.close();
        xml.open("Amt");
        xml.euro("InstdAmt", transfer.amount());
        xml.close();
        if (transfer.bic() != null) {
            xml.open("CdtrAgt");
            xml.open("FinInstnId");
            xml.leaf(version.bicElement(), transfer.bic().electronic());
            xml.close();
            xml.close();
        }
        xml.open("Cdtr");
        xml.leaf("Nm", transfer.creditorName());
        xml.close();
        writeAccount(xml, "CdtrAcct", transfer.iban().electronic());
        xml.open("RmtInf");
        xml.leaf("Ustrd", transfer.remittance());
        xml.close();
        xml.close();
    }

    private static void writeAccount(XmlOut xml, String element, String iban) throws XMLStreamException {
        xml.open(element);
        xml.open("Id");
        xml.leaf("IBAN", iban);
        xml.close();
        xml.close();
    }

    /** The count and sum of what was streamed, checked against the header. */
    private static final class Totals {
        private long count;
        private BigDecimal sum = BigDecimal.ZERO;

        void add(CreditTransfer transfer, Pain001Header header) {
            count++;
            sum = sum.add(transfer.amount());
            if (count > header.numberOfTransactions()) {
                throw new Pain001Exception("more payable refunds than the " + header.numberOfTransactions()
                        + " the header announces (the extra one is " + transfer.endToEndId()
                        + "); recompute the totals");
            }
        }

        void verify(Pain001Header header) {
            if (count != header.numberOfTransactions() || sum.compareTo(header.controlSum()) != 0) {
                throw new Pain001Exception("the payable refunds add up to " + count + " transactions of "
                        + sum.setScale(2).toPlainString() + " EUR, but the header says NbOfTxs "
                        + header.numberOfTransactions() + " and CtrlSum " + header.controlSum().toPlainString()
                        + "; recompute the totals");
            }
        }
    }
}
