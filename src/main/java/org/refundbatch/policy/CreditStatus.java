package org.refundbatch.policy;

/** Whether a course unit's tuition (or the fixed fee) is credited back or kept by the university. */
public enum CreditStatus {
    REFUNDED, RETAINED
}
