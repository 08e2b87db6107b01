package org.refundbatch.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a refund's credit record: a course unit (or the fixed fee) with the amount it weighs
 * in the registration fee and whether that amount is credited.
 *
 * @param semester null for the fixed-fee line
 * @param credits null for the fixed-fee line
 * @param tuitionPerCredit null for the fixed-fee line
 */
public record CreditLine(String courseUnit, String courseUnitName, Semester semester, BigDecimal credits,
                         BigDecimal tuitionPerCredit, BigDecimal amount, CreditStatus status) {

    /** The course-unit code of the fixed-fee line. */
    public static final String FIXED_FEE = "FIXED_FEE";

    public CreditLine {
        Objects.requireNonNull(courseUnit, "courseUnit");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }

    static CreditLine fixedFee(BigDecimal amount) {
        return new CreditLine(FIXED_FEE, "Fixed fee", null, null, null, amount, CreditStatus.REFUNDED);
    }

    static CreditLine of(MicroCredential mc, CourseUnit unit, CreditStatus status) {
        return new CreditLine(unit.code(), unit.name(), unit.semester(), unit.credits(), mc.tuitionPerCredit(),
                mc.tuitionOf(unit), status);
    }

    public boolean refunded() {
        return status == CreditStatus.REFUNDED;
    }
}
