package org.refundbatch.bankfeedback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.refundbatch.bankfeedback.BankAnswer.Outcome;

/**
 * A pain.002 payment status report (.001.03 and .001.10 alike: the elements read have the same names and
 * places). A transfer's status is its own {@code TxSts}, else its payment block's {@code PmtInfSts}, else the
 * group's {@code GrpSts}. A report that rejects the group, or rejects a payment block, without naming any
 * transfer rejects the whole original message ({@link BankFeedback#groupOutcome()}): the job's bank files have
 * one payment block, so a block rejected whole is the message rejected whole. A block rejected whole beside
 * transfers named elsewhere in the report is not guessed at: the file is reported.
 */
final class PaymentStatusReport implements MessageContent {

    private static final String ROOT = "CstmrPmtStsRpt/";
    private static final String GROUP = ROOT + "OrgnlGrpInfAndSts/";
    private static final String BLOCK = ROOT + "OrgnlPmtInfAndSts";
    private static final String TX = BLOCK + "/TxInfAndSts";

    private final MessageFields fields;
    private final ReasonCodes codes;
    private final List<BankAnswer> answers = new ArrayList<>();

    private String messageId;
    private String originalMessageId;
    private String groupStatus;
    private final StatusReason groupReason = new StatusReason();
    private String blockId;
    private String blockStatus;
    private StatusReason blockReason;
    private int blockTransfers;
    private String rejectedBlock;
    private StatusReason rejectedBlockReason;

    private String endToEndId;
    private String txStatus;
    private StatusReason txReason;
    private BigDecimal amount;

    PaymentStatusReport(MessageFields fields, ReasonCodes codes) {
        this.fields = fields;
        this.codes = codes;
    }

    @Override
    public void start(String path) {
        if (path.equals(BLOCK)) {
            blockId = null;
            blockStatus = null;
            blockReason = new StatusReason();
            blockTransfers = 0;
        } else if (path.equals(TX)) {
            endToEndId = null;
            txStatus = null;
            txReason = new StatusReason();
            amount = null;
            blockTransfers++;
        }
    }

    @Override
    public void end(String path, String text) throws UnreadableBankFileException {
        if (path.equals(ROOT + "GrpHdr/MsgId")) {
            messageId = text;
        } else if (path.equals(GROUP + "OrgnlMsgId")) {
            originalMessageId = text;
        } else if (path.equals(GROUP + "GrpSts")) {
            groupStatus = text;
        } else if (path.startsWith(GROUP + "StsRsnInf/")) {
            groupReason.take(path.substring(GROUP.length() + "StsRsnInf/".length()), text);
        } else if (path.startsWith(TX + "/")) {
            transfer(path.substring(TX.length() + 1), text);
        } else if (path.equals(TX)) {
            answers.add(answer());
        } else if (path.equals(BLOCK + "/OrgnlPmtInfId")) {
            blockId = text;
        } else if (path.equals(BLOCK + "/PmtInfSts")) {
            blockStatus = text;
        } else if (path.startsWith(BLOCK + "/StsRsnInf/")) {
            blockReason.take(path.substring(BLOCK.length() + "/StsRsnInf/".length()), text);
        } else if (path.equals(BLOCK)) {
            endOfBlock();
        }
    }

    private void transfer(String inTx, String text) throws UnreadableBankFileException {
        if (inTx.equals("OrgnlEndToEndId")) {
            endToEndId = text;
        } else if (inTx.equals("TxSts")) {
            txStatus = text;
        } else if (inTx.startsWith("StsRsnInf/")) {
            txReason.take(inTx.substring("StsRsnInf/".length()), text);
        } else if (inTx.equals("OrgnlTxRef/Amt/InstdAmt")) {
            amount = fields.amount(text, endToEndId == null ? "(no EndToEndId)" : endToEndId);
        }
    }

    private BankAnswer answer() throws UnreadableBankFileException {
        String id = fields.required(endToEndId, "OrgnlEndToEndId for one of its transfers (TxInfAndSts)");
        String status = txStatus != null ? txStatus : blockStatus != null ? blockStatus : groupStatus;
        Outcome outcome = TransactionStatus.outcome(status);
        if (outcome == null) {
            throw fields.problem(status == null ? "transfer " + id + " has no status (TxSts)"
                    : "transfer " + id + " has the status '" + status + "', which this program does not read"
                            + " (it reads RJCT, ACCP, ACSC, ACSP, ACTC, ACWC, ACCC, ACFC, ACWP, PDNG and RCVD)");
        }
        StatusReason reason = !txReason.isEmpty() || txStatus != null ? txReason
                : !blockReason.isEmpty() ? blockReason : groupReason;
        return new BankAnswer(id, outcome, reason.code(), reason.text(codes), amount);
    }

    private void endOfBlock() throws UnreadableBankFileException {
        if (blockTransfers == 0 && "RJCT".equals(blockStatus)) {
            if (rejectedBlock != null) {
                throw fields.problem("it rejects more than one payment block whole (" + rejectedBlock + ", "
                        + blockId + "), and the job's bank files have one");
            }
            rejectedBlock = blockId;
            rejectedBlockReason = blockReason;
        }
    }

    @Override
    public BankFeedback feedback(String sha256) throws UnreadableBankFileException {
        fields.required(messageId, "message id (GrpHdr/MsgId)");
        fields.required(originalMessageId, "original message id (OrgnlGrpInfAndSts/OrgnlMsgId)");
        boolean rejectedWhole = answers.isEmpty() && ("RJCT".equals(groupStatus) || rejectedBlock != null);
        if (!answers.isEmpty() && rejectedBlock != null) {
            throw fields.problem("it rejects the payment block " + rejectedBlock + " whole and also names transfers"
                    + " one by one; the job's bank files have one payment block, so this answer is not clear");
        }
        if (!rejectedWhole) {
            return new BankFeedback(fields.fileName(), sha256, fields.format(), messageId, originalMessageId, null,
                    null, null, answers);
        }
        StatusReason reason = !groupReason.isEmpty() || rejectedBlockReason == null ? groupReason
                : rejectedBlockReason;
        return new BankFeedback(fields.fileName(), sha256, fields.format(), messageId, originalMessageId,
                Outcome.REJECTED, reason.code(), reason.text(codes), answers);
    }
}
