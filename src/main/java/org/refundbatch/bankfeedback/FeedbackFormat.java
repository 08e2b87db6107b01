package org.refundbatch.bankfeedback;

import java.util.Arrays;
import java.util.Optional;

/** The bank messages this program reads, known by their ISO 20022 namespace. */
enum FeedbackFormat {

    PAIN_002_001_03("pain.002.001.03", "CstmrPmtStsRpt"),
    PAIN_002_001_10("pain.002.001.10", "CstmrPmtStsRpt"),
    CAMT_054_001_08("camt.054.001.08", "BkToCstmrDbtCdtNtfctn");

    static final String ISO_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:";

    private final String id;
    private final String messageElement;

    FeedbackFormat(String id, String messageElement) {
        this.id = id;
        this.messageElement = messageElement;
    }

    static Optional<FeedbackFormat> ofNamespace(String namespace) {
        return Arrays.stream(values()).filter(f -> f.namespace().equals(namespace)).findFirst();
    }

    /** {@code pain.002.001.10}. */
    String id() {
        return id;
    }

    String namespace() {
        return ISO_NAMESPACE + id;
    }

    /** The element below {@code Document} that holds the message: {@code CstmrPmtStsRpt}. */
    String messageElement() {
        return messageElement;
    }

    MessageContent content(MessageFields fields, ReasonCodes codes) {
        return this == CAMT_054_001_08 ? new DebitCreditNotification(fields, codes)
                : new PaymentStatusReport(fields, codes);
    }
}
