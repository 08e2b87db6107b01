package org.refundbatch.payout;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

import org.iban4j.Iban4jException;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.policy.Bic;
import org.refundbatch.policy.Iban;
import org.refundbatch.policy.RefundStatus;

/**
 * One refund as a SEPA credit transfer: the values of a {@code CdtTrfTxInf}, each checked against the EPC rules
 * so that a refund the bank would refuse fails here instead.
 *
 * @param bic null when the refund has none: SEPA does not need the creditor's agent
 */
record CreditTransfer(String endToEndId, BigDecimal amount, String creditorName, Iban iban, Bic bic,
                      String remittance) {

    static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
    static final int MAX_NAME = 70;
    static final int MAX_REMITTANCE = 140;

    /**
     * The transfer of a payable refund.
     *
     * @throws Pain001Exception when the refund is not payable or a value cannot go to the bank as it is
     */
    static CreditTransfer of(RefundRecord refund, Pain001Version version) {
        return of(refund, version, UnaryOperator.identity());
    }

    /** As {@link #of(RefundRecord, Pain001Version)}, with the EndToEndId {@code endToEndIds} gives the refund id. */
    static CreditTransfer of(RefundRecord refund, Pain001Version version, UnaryOperator<String> endToEndIds) {
        String id = SepaText.requireIdentifier(endToEndIds.apply(refund.refundId()), "refund id");
        if (refund.status() != RefundStatus.PAYABLE) {
            throw new Pain001Exception("refund " + id + " has status " + refund.status()
                    + ": only PAYABLE refunds go to the bank");
        }
        return new CreditTransfer(id, amount(id, refund.refundAmount()), creditorName(id, refund),
                iban(id, refund.iban()), bic(id, refund.bic(), version), remittance(refund));
    }

    /** The amount with two decimals, between 0.01 and 999999999.99 euro (EPC AT-04). */
    static BigDecimal amount(String id, BigDecimal amount) {
        if (amount == null) {
            throw new Pain001Exception("refund " + id + " has no refund amount");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new Pain001Exception("refund " + id + ": amount " + amount.toPlainString()
                    + " has more than two decimals (euro cents)");
        }
        if (amount.compareTo(MIN_AMOUNT) < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new Pain001Exception("refund " + id + ": amount " + amount.toPlainString()
                    + " is outside the SEPA range 0.01 to 999999999.99");
        }
        return amount.setScale(2);
    }

    private static String creditorName(String id, RefundRecord refund) {
        String name = SepaText.transliterate(join(refund.lastName(), refund.firstName()));
        if (name.isEmpty()) {
            // the message names the refund, never the student: it goes to the log
            throw new Pain001Exception("refund " + id + ": the student's name has no letter of the SEPA character"
                    + " set; correct the name");
        }
        return SepaText.truncate(name, MAX_NAME);
    }

    private static Iban iban(String id, String iban) {
        if (iban == null || iban.isBlank()) {
            throw new Pain001Exception("refund " + id + " has no IBAN");
        }
        try {
            return Iban.of(iban);
        } catch (Iban4jException e) {
            throw new Pain001Exception("refund " + id + ": its IBAN is not valid (" + e.getClass().getSimpleName()
                    + "); correct the account");
        }
    }

    private static Bic bic(String id, String bic, Pain001Version version) {
        if (bic == null || bic.isBlank()) {
            return null;
        }
        Bic valid;
        try {
            valid = Bic.of(bic);
        } catch (Iban4jException e) {
            throw new Pain001Exception("refund " + id + ": BIC '" + bic + "' is not valid: " + e.getMessage());
        }
        if (!version.acceptsBic(valid.electronic())) {
            throw new Pain001Exception("refund " + id + ": BIC '" + bic + "' is not accepted by "
                    + version.messageName());
        }
        return valid;
    }

    /** {@code Terugbetaling inschrijvingsgeld <micro-credential> <academic year> <student id>}, at most 140. */
    private static String remittance(RefundRecord refund) {
        String text = "Terugbetaling inschrijvingsgeld " + join(refund.microCredential(),
                join(refund.academicYear(), refund.studentId()));
        return SepaText.truncate(SepaText.transliterate(text), MAX_REMITTANCE);
    }

    private static String join(String first, String second) {
        return (first == null ? "" : first) + " " + (second == null ? "" : second);
    }
}
