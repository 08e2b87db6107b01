package org.refundbatch.job;

import org.refundbatch.intake.batch.StagedSheetPartitioner;
import org.refundbatch.ledger.batch.RefundKeyRangePartitioner;

/** The refund job's parameter and its partitions' context keys, and the expressions that inject them. */
public final class JobKeys {

    /** The job's one identifying parameter: the date of the night. */
    public static final String RUN_DATE = "runDate";

    /** The run date, for {@code @Value} on a job- or step-scoped bean. */
    static final String RUN_DATE_PARAMETER = "#{jobParameters['" + RUN_DATE + "']}";

    /** The sheet of a partition of {@code intakeSheets}; null outside one. */
    static final String FILE_SEQ_OF_PARTITION = "#{stepExecutionContext['" + StagedSheetPartitioner.FILE_SEQ + "']}";

    /** The first key bucket of a partition of {@code settleRefunds}. */
    static final String FROM_BUCKET_OF_PARTITION =
            "#{stepExecutionContext['" + RefundKeyRangePartitioner.FROM_BUCKET + "']}";

    /** The last key bucket (exclusive) of a partition of {@code settleRefunds}. */
    static final String TO_BUCKET_OF_PARTITION =
            "#{stepExecutionContext['" + RefundKeyRangePartitioner.TO_BUCKET + "']}";

    private JobKeys() {
    }
}
