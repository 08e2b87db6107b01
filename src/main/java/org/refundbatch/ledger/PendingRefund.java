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
    /** Bounds of {@link #settleSeq()}: rows of a sheet, sheets of a run. */
    static final long MAX_ROWS = 10_000_000L;
    static final long MAX_FILES = 100_000L;

    public PendingRefund {
        if (refund.sourceRow() >= MAX_ROWS || refund.fileSeq() >= MAX_FILES) {
            throw new IllegalArgumentException(refund.sourceFile() + " row " + refund.sourceRow()
                    + ": a partitioned run reads at most " + (MAX_ROWS - 1) + " rows a sheet and "
                    + (MAX_FILES - 1) + " sheets a night (use refund.grid-size=1)");
        }
        creditRecords = List.copyOf(creditRecords);
        originalValues = List.copyOf(originalValues);
    }

    /** The bucket of this refund's key; every row of one key lands in the same bucket, in any run. */
    public int keyBucket() {
        return keyBucket(refund.refundKey());
    }

    /**
     * The key bucket, the sheet and the row as one number, in that order: the order in which a key range is
     * settled, so that the rows of one key come in the order a single-threaded run reads them. One number
     * lets the settling step page through its range on an index, on any database.
     */
    public long settleSeq() {
        return firstSettleSeq(keyBucket()) + refund.fileSeq() * MAX_ROWS + refund.sourceRow();
    }

    /** The lowest {@link #settleSeq()} of a key bucket. */
    public static long firstSettleSeq(int keyBucket) {
        return keyBucket * MAX_FILES * MAX_ROWS;
    }

    /** {@link String#hashCode()} is specified, so the bucket of a key is the same on every machine. */
    static int keyBucket(String refundKey) {
        return Math.floorMod(refundKey.hashCode(), KEY_BUCKETS);
    }
}
