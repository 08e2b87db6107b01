package org.refundbatch.ledger.batch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.refundbatch.ledger.PendingRefund;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the key buckets ({@code 0..1023}, a hash of student, micro-credential and academic year) into
 * {@code gridSize} ranges of about the same size, named {@code keys-<from>-<to>}. Every row of a key is in one
 * range, so the partitions never hold the same key.
 */
public class RefundKeyRangePartitioner implements Partitioner {

    public static final String FROM_BUCKET = "fromBucket";
    public static final String TO_BUCKET = "toBucket";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int ranges = Math.max(1, Math.min(gridSize, PendingRefund.KEY_BUCKETS));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < ranges; i++) {
            int from = i * PendingRefund.KEY_BUCKETS / ranges;
            int to = (i + 1) * PendingRefund.KEY_BUCKETS / ranges;
            ExecutionContext context = new ExecutionContext();
            context.putInt(FROM_BUCKET, from);
            context.putInt(TO_BUCKET, to);
            partitions.put(String.format(Locale.ROOT, "keys-%04d-%04d", from, to - 1), context);
        }
        return partitions;
    }
}
