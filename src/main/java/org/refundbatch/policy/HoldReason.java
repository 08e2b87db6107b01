package org.refundbatch.policy;

/** Why a refund with an amount due is {@link RefundStatus#ON_HOLD}: its words are those the ledger and lists show. */
public enum HoldReason {

    /** The sheet gave no IBAN. */
    NO_IBAN("no IBAN: ask the student for an account"),
    /** A valid IBAN of a country outside the SEPA schemes: a SEPA bank file cannot carry it (DESIGN §7). */
    OUTSIDE_SEPA("account outside SEPA: pay by other means");

    private final String text;

    HoldReason(String text) {
        this.text = text;
    }

    /** The reason in words, as {@code refund.hold_reason} holds it. */
    public String text() {
        return text;
    }
}
