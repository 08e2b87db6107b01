package org.refundbatch.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The date the bank is asked to pay a night's transfers on: the first weekday after the night. */
public final class ExecutionDate {

    private ExecutionDate() {
    }

    /** The first weekday after {@code runDate}; bank holidays are not known here. */
    public static LocalDate after(LocalDate runDate) {
        LocalDate date = runDate.plusDays(1);
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }
}
