package org.refundbatch.policy;

/**
 * The EndToEndId of an attempt to pay a refund. The SEPA Credit Transfer Rulebook (AT-41) makes it the
 * originator's reference, passed unchanged to the beneficiary; the scheme does not require it to be unique, but
 * banks often refuse a transfer whose reference they already saw, and a pain.002 or camt.054 names the transfer
 * only by it. So the first attempt carries the refund id, as it always did, and every later attempt (a release
 * after a return) a new one: {@code <refund id>-<attempt>}, which stays within the 35 characters of the field.
 */
public final class PaymentReference {

    public static final int MAX_LENGTH = 35;

    private PaymentReference() {
    }

    /**
     * @param attempt 1 for the first attempt to pay the refund
     */
    public static String endToEndId(String refundId, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt " + attempt + " of refund " + refundId + ": attempts start at 1");
        }
        String id = attempt == 1 ? refundId : refundId + "-" + attempt;
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("EndToEndId " + id + " is longer than " + MAX_LENGTH + " characters");
        }
        return id;
    }
}
