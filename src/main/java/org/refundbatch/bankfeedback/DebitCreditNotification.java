package org.refundbatch.bankfeedback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.refundbatch.bankfeedback.BankAnswer.Outcome;

/**
 * A camt.054 debit/credit notification. Each transaction of an entry ({@code Ntry/NtryDtls/TxDtls}) that names
 * an EndToEndId is an answer: one with return information ({@code RtrInf}) is {@link Outcome#RETURNED} with the
 * return reason, whatever the entry's status; a debit without it is {@link Outcome#ACCEPTED} when its entry is
 * booked ({@code Sts/Cd BOOK}, or {@code Sts BOOK} in older versions) and {@link Outcome#PENDING} when the entry
 * is pending ({@code PDNG}). Other transactions are not answers to a transfer and are passed over: credits
 * without return information (money received), information-only entries ({@code INFO}), and debits without an
 * EndToEndId ({@code NOTPROVIDED}: bank charges, other payments). A return without an EndToEndId cannot be
 * matched to a refund and is reported.
 */
final class DebitCreditNotification implements MessageContent {

    private static final String ROOT = "BkToCstmrDbtCdtNtfctn/";
    private static final String ENTRY = ROOT + "Ntfctn/Ntry";
    private static final String TX = ENTRY + "/NtryDtls/TxDtls";
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private final MessageFields fields;
    private final ReasonCodes codes;
    private final List<BankAnswer> answers = new ArrayList<>();

    private String messageId;
    private String entryDirection;
    private String entryStatus;
    private String endToEndId;
    private String txDirection;
    private BigDecimal amount;
    private BigDecimal instructedAmount;
    private StatusReason returnReason;

    DebitCreditNotification(MessageFields fields, ReasonCodes codes) {
        this.fields = fields;
        this.codes = codes;
    }

    @Override
    public void start(String path) {
        if (path.equals(ENTRY)) {
            entryDirection = null;
            entryStatus = null;
        } else if (path.equals(TX)) {
            endToEndId = null;
            txDirection = null;
            amount = null;
            instructedAmount = null;
            returnReason = null;
        } else if (path.equals(TX + "/RtrInf")) {
            returnReason = new StatusReason();
        }
    }

    @Override
    public void end(String path, String text) throws UnreadableBankFileException {
        if (path.equals(ROOT + "GrpHdr/MsgId")) {
            messageId = text;
        } else if (path.equals(ENTRY + "/CdtDbtInd")) {
            entryDirection = text;
        } else if (path.equals(ENTRY + "/Sts/Cd") || path.equals(ENTRY + "/Sts") && !text.isEmpty()) {
            entryStatus = text;
        } else if (path.startsWith(TX + "/")) {
            transaction(path.substring(TX.length() + 1), text);
        } else if (path.equals(TX)) {
            endOfTransaction();
        }
    }

    private void transaction(String inTx, String text) throws UnreadableBankFileException {
        switch (inTx) {
            case "Refs/EndToEndId" -> endToEndId = text;
            case "CdtDbtInd" -> txDirection = text;
            case "Amt" -> amount = fields.amount(text, name());
            case "AmtDtls/InstdAmt/Amt" -> instructedAmount = fields.amount(text, name());
            default -> {
                if (inTx.startsWith("RtrInf/")) {
                    returnReason.take(inTx.substring("RtrInf/".length()), text);
                }
            }
        }
    }

    private void endOfTransaction() throws UnreadableBankFileException {
        boolean identified = endToEndId != null && !endToEndId.isEmpty() && !endToEndId.equals(NOT_PROVIDED);
        BigDecimal txAmount = amount != null ? amount : instructedAmount;
        if (returnReason != null) {
            if (!identified) {
                throw fields.problem("it notifies a returned transfer" + (txAmount == null ? "" : " of " + txAmount)
                        + " without its EndToEndId (Refs/EndToEndId), so it cannot be matched to a refund");
            }
            answers.add(new BankAnswer(endToEndId, Outcome.RETURNED, returnReason.code(),
                    returnReason.text(codes), txAmount));
            return;
        }
        String direction = txDirection != null ? txDirection : entryDirection;
        if (!identified || !"DBIT".equals(direction)) {
            return;
        }
        if ("BOOK".equals(entryStatus)) {
            answers.add(new BankAnswer(endToEndId, Outcome.ACCEPTED, null, null, txAmount));
        } else if ("PDNG".equals(entryStatus)) {
            answers.add(new BankAnswer(endToEndId, Outcome.PENDING, null, null, txAmount));
        }
    }

    private String name() {
        return endToEndId == null ? "(EndToEndId not yet read)" : endToEndId;
    }

    @Override
    public BankFeedback feedback(String sha256) throws UnreadableBankFileException {
        fields.required(messageId, "message id (GrpHdr/MsgId)");
        return new BankFeedback(fields.fileName(), sha256, fields.format(), messageId, null, null, null, null,
                answers);
    }
}
