package org.refundbatch.policy;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An academic year {@code Y-(Y+1)}, running from 1 September Y to 31 August Y+1. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})\\s*");

    public AcademicYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("academic year " + startYear + " is out of range");
        }
    }

    /** The academic year whose 1 September – 31 August period contains the date. */
    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Reads {@code 2026-2027} or {@code 2026-27}.
     *
     * @throws IllegalArgumentException when the text is not an academic year of consecutive years
     */
    public static AcademicYear parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an academic year (use 2026-2027)");
        }
        int start = Integer.parseInt(m.group(1));
        String end = m.group(2);
        int expectedEnd = start + 1;
        boolean consecutive = end.length() == 4
                ? Integer.parseInt(end) == expectedEnd
                : Integer.parseInt(end) == expectedEnd % 100;
        if (!consecutive) {
            throw new IllegalArgumentException("'" + text + "' is not an academic year: the years must follow each other (use "
                    + start + "-" + expectedEnd + ")");
        }
        return new AcademicYear(start);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** 31 August of the second calendar year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
