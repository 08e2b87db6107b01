package org.refundbatch.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A micro-credential as priced for one academic year:
 * {@code registration fee = fixed fee + Σ(credits × tuition per credit)}, each line rounded to cents.
 */
public record MicroCredential(String code, String name, AcademicYear year, BigDecimal fixedFee,
                              BigDecimal tuitionPerCredit, List<CourseUnit> courseUnits) {

    public MicroCredential {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(year, "year");
        if (fixedFee == null || fixedFee.signum() < 0) {
            throw new IllegalArgumentException(code + " " + year + ": fixed fee must be zero or more, not " + fixedFee);
        }
        if (tuitionPerCredit == null || tuitionPerCredit.signum() < 0) {
            throw new IllegalArgumentException(code + " " + year + ": tuition per credit must be zero or more, not "
                    + tuitionPerCredit);
        }
        if (courseUnits == null || courseUnits.isEmpty()) {
            throw new IllegalArgumentException(code + " " + year + ": a micro-credential needs at least one course unit");
        }
        name = name == null ? "" : name;
        fixedFee = Money.of(fixedFee);
        courseUnits = List.copyOf(courseUnits);
    }

    /** The tuition of one course unit: credits × tuition per credit, rounded HALF_UP to cents. */
    public BigDecimal tuitionOf(CourseUnit unit) {
        return Money.of(unit.credits().multiply(tuitionPerCredit));
    }

    /** Fixed fee plus the rounded tuition of every course unit. */
    public BigDecimal registrationFee() {
        BigDecimal fee = fixedFee;
        for (CourseUnit unit : courseUnits) {
            fee = fee.add(tuitionOf(unit));
        }
        return fee;
    }

    /** True when every course unit is taught in the second semester (a year-long unit is not). */
    public boolean onlySecondSemester() {
        return courseUnits.stream().allMatch(u -> u.semester() == Semester.SECOND);
    }

}
