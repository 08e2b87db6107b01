package org.refundbatch.policy;

/** Which cancellation rule decided a refund (DESIGN §1.1). */
public enum RefundRule {
    /** Withdrawn before the full-refund cut-off: the whole registration fee. */
    FULL,
    /** Withdrawn in the second window from a micro-credential of only second-semester units: the whole fee. */
    FULL_SECOND_SEMESTER_ONLY,
    /** Withdrawn in the second window: the tuition of the second-semester units only, no fixed fee. */
    SECOND_SEMESTER_TUITION,
    /** Withdrawn on or after the no-refund cut-off: nothing. */
    NO_REFUND
}
