package org.refundbatch.policy;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The two dates that split an academic year into refund windows: a withdrawal before
 * {@code fullRefundBefore} is refunded in full, one from {@code noRefundFrom} on is not refunded.
 */
public record CutOffDates(LocalDate fullRefundBefore, LocalDate noRefundFrom) {

    public CutOffDates {
        Objects.requireNonNull(fullRefundBefore, "fullRefundBefore");
        Objects.requireNonNull(noRefundFrom, "noRefundFrom");
        if (!fullRefundBefore.isBefore(noRefundFrom)) {
            throw new IllegalArgumentException("full refund cut-off " + fullRefundBefore
                    + " must come before the no-refund cut-off " + noRefundFrom);
        }
    }

    /** The university's default: 1 November Y and 15 March Y+1. */
    public static CutOffDates defaultsFor(AcademicYear year) {
        return new CutOffDates(
                LocalDate.of(year.startYear(), Month.NOVEMBER, 1),
                LocalDate.of(year.startYear() + 1, Month.MARCH, 15));
    }
}
