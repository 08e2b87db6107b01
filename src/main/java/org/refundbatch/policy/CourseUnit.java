package org.refundbatch.policy;

import java.math.BigDecimal;
import java.util.Objects;

/** A course unit (opleidingsonderdeel) of a micro-credential, with its ECTS credits and semester. */
public record CourseUnit(String code, String name, BigDecimal credits, Semester semester) {

    public CourseUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(semester, "semester");
        if (credits == null || credits.signum() <= 0) {
            throw new IllegalArgumentException("course unit " + code + ": credits must be positive, not " + credits);
        }
        name = name == null ? "" : name;
    }
}
