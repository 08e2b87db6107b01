package org.refundbatch.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * Micro-credentials priced at UAntwerp's 2024-2025 rate (€288 fixed + €13.80 per credit), with the
 * amounts worked out by hand beside each one.
 */
final class PolicyFixtures {

    static final AcademicYear YEAR = new AcademicYear(2024);
    static final BigDecimal FIXED_FEE = new BigDecimal("288");
    static final BigDecimal PER_CREDIT = new BigDecimal("13.80");

    private PolicyFixtures() {
    }

    /**
     * FIN-1 (6 × 13.80 = 82.80), FIN-2 (4 × 13.80 = 55.20), FIN-J (3 × 13.80 = 41.40):
     * fee 288 + 82.80 + 55.20 + 41.40 = 467.40.
     */
    static MicroCredential mixed() {
        return uantwerp("MIXED", unit("FIN-1", "6", Semester.FIRST), unit("FIN-2", "4", Semester.SECOND),
                unit("FIN-J", "3", Semester.YEAR));
    }

    /** DATA-2A (5 × 13.80 = 69.00), DATA-2B (2.5 × 13.80 = 34.50): fee 288 + 69.00 + 34.50 = 391.50. */
    static MicroCredential onlySecondSemester() {
        return uantwerp("SECOND", unit("DATA-2A", "5", Semester.SECOND), unit("DATA-2B", "2.5", Semester.SECOND));
    }

    /** LAW-1A (6 × 13.80 = 82.80), LAW-1B (4 × 13.80 = 55.20): fee 288 + 82.80 + 55.20 = 426.00. */
    static MicroCredential onlyFirstSemester() {
        return uantwerp("FIRST", unit("LAW-1A", "6", Semester.FIRST), unit("LAW-1B", "4", Semester.FIRST));
    }

    /** ART-J (10 × 13.80 = 138.00): fee 288 + 138.00 = 426.00. */
    static MicroCredential onlyYearLong() {
        return uantwerp("YEAR", unit("ART-J", "10", Semester.YEAR));
    }

    /** BIO-J (3 × 13.80 = 41.40), BIO-2 (5 × 13.80 = 69.00): fee 288 + 41.40 + 69.00 = 398.40. */
    static MicroCredential yearLongAndSecond() {
        return uantwerp("YEAR-2", unit("BIO-J", "3", Semester.YEAR), unit("BIO-2", "5", Semester.SECOND));
    }

    static MicroCredential uantwerp(String code, CourseUnit... units) {
        return new MicroCredential(code, code + " programme", YEAR, FIXED_FEE, PER_CREDIT, List.of(units));
    }

    static CourseUnit unit(String code, String credits, Semester semester) {
        return new CourseUnit(code, code + " course", new BigDecimal(credits), semester);
    }
}
