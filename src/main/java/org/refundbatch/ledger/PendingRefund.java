package org.refundbatch.ledger;

import java.util.List;

/**
 * A refund that a partitioned intake assessed and that is not yet in the ledger: it still has to be settled
 * against the rule of one refund per key, with every other row of the same key (DESIGN §1.3).
 *
 * @param originalValues the row's values as typed, for a reject when the key turns out to be refunded already
 */
public record PendingRefund(RefundRecord refund, List<CreditRecord> creditRecords, List<String> originalValues) {

    /** The number of key buckets: a key's bucket is a hash of it in {@code 0..KEY_BUCKETS-1}. */
    public static final int KEY_BUCKETS = 1024;

    public PendingRefund {
        creditRecords = List.copyOf(creditRecords);
        originalValues = List.copyOf(originalValues);
    }

    /** The bucket of this refund's key; every row of one key lands in the same bucket, in any run. */
    public int keyBucket() {
        return keyBucket(refund.refundKey());
    }

    /** {@link String#hashCode()} is specified, so the bucket of a key is the same on every machine. */
    static int keyBucket(String refundKey) {
        return Math.floorMod(refundKey.hashCode(), KEY_BUCKETS);
    }
}
