package org.refundbatch.policy;

/**
 * Why an open item is still owed, in the words finance reads in the open items: the one place that says it.
 *
 * @param code the bank's reason code (ISO 20022, e.g. {@code AC04}) for a returned refund, otherwise null
 * @param text the reason in words
 */
public record OpenItemReason(String code, String text) {

    public static final String NO_IBAN = "no IBAN";

    /**
     * The reason of a refund in an open state.
     *
     * @param bankCode the reason code of the refund's last event (its return), null when there is none
     * @param bankText that event's reason text, null when there is none
     */
    public static OpenItemReason of(RefundState state, String bankCode, String bankText) {
        return of(state, null, bankCode, bankText);
    }

    /**
     * The reason of a refund in an open state.
     *
     * @param holdReason why the refund was put on hold when it was decided ({@link HoldReason#text()}), null when
     *                   the ledger did not record it (refunds of before hold reasons: no IBAN was the only one)
     * @param bankCode   the reason code of the refund's last event (its return), null when there is none
     * @param bankText   that event's reason text, null when there is none
     */
    public static OpenItemReason of(RefundState state, String holdReason, String bankCode, String bankText) {
        return switch (state) {
            case ON_HOLD -> new OpenItemReason(null, holdReason != null ? holdReason : NO_IBAN);
            case RETURNED -> new OpenItemReason(bankCode, bankText != null ? bankText
                    : bankCode != null ? "returned by the bank" : "returned by the bank, no reason given");
            default -> throw new IllegalArgumentException(state + " is not an open item");
        };
    }
}
