package org.refundbatch.policy;

import java.util.Map;
import java.util.TreeMap;

/** The cut-off dates per academic year: the defaults, unless finance set others for that year. */
public final class CutOffCalendar {

    private final Map<AcademicYear, CutOffDates> overrides;

    public CutOffCalendar(Map<AcademicYear, CutOffDates> overrides) {
        this.overrides = new TreeMap<>(overrides);
    }

    public static CutOffCalendar defaults() {
        return new CutOffCalendar(Map.of());
    }

    public CutOffDates forYear(AcademicYear year) {
        return overrides.getOrDefault(year, CutOffDates.defaultsFor(year));
    }
}
