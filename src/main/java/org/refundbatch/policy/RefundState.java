package org.refundbatch.policy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a refund stands after the night it was decided (DESIGN §8). A refund is decided once ({@code
 * NOTHING_DUE}, {@code ON_HOLD} or {@code PAYABLE}) and then moves only along these transitions:
 *
 * <pre>
 * ON_HOLD  -&gt; PAYABLE            an account arrives (a release)
 * PAYABLE  -&gt; SENT               the night's bank file was written
 * SENT     -&gt; SETTLED, RETURNED  the bank confirmed it (or no answer within refund.settle-days), or it came back
 * SETTLED  -&gt; RETURNED           a return after the bank had booked it
 * RETURNED -&gt; PAYABLE            a new account arrives (a release)
 * </pre>
 */
public enum RefundState {
    NOTHING_DUE, ON_HOLD, PAYABLE, SENT, SETTLED, RETURNED;

    /** The state a refund starts in: the status it was decided with. */
    public static RefundState decided(RefundStatus status) {
        return switch (status) {
            case NOTHING_DUE -> NOTHING_DUE;
            case ON_HOLD -> ON_HOLD;
            case PAYABLE -> PAYABLE;
        };
    }

    /** The states this one may move to. */
    public Set<RefundState> next() {
        return switch (this) {
            case NOTHING_DUE -> EnumSet.noneOf(RefundState.class);
            case ON_HOLD, RETURNED -> EnumSet.of(PAYABLE);
            case PAYABLE -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(SETTLED, RETURNED);
            case SETTLED -> EnumSet.of(RETURNED);
        };
    }

    public boolean canMoveTo(RefundState to) {
        return next().contains(to);
    }

    /**
     * @throws IllegalStateException when the move is not one of {@link #next()}
     */
    public void requireMoveTo(RefundState to, String refundId) {
        if (!canMoveTo(to)) {
            throw new IllegalStateException("refund " + refundId + " cannot move from " + this + " to " + to);
        }
    }

    /** A later row with an IBAN pays a refund in this state again: one on hold or returned by the bank. */
    public boolean releasable() {
        return canMoveTo(PAYABLE);
    }

    /** An open item: money still owed with no transfer under way (on hold, or returned by the bank). */
    public boolean open() {
        return this == ON_HOLD || this == RETURNED;
    }

    /** A transfer is under way or done: the money has left, or is about to. */
    public boolean paying() {
        return this == PAYABLE || this == SENT || this == SETTLED;
    }
}
