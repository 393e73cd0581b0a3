package org.headback.diary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time the user took a preventive medicine daily: from its start day, to its stop day (both included), or still
 * taken when there is no stop day.
 *
 * @param medicine the kept medicine's name
 */
public record PreventiveCourse(String medicine, LocalDate start, Optional<LocalDate> stop) {
    public PreventiveCourse {
        medicine = Medication.checked("name", medicine);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
        if (stop.isPresent() && stop.get().isBefore(start)) {
            throw new InvalidValueException(DayField.MEDICATION, "the stop day " + stop.get() + " of " + medicine
                    + " is before its start day " + start);
        }
    }

    /** Whether the medicine was taken on this day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && stop.map(last -> !day.isAfter(last)).orElse(true);
    }

    /** Whether the two courses share a day. */
    public boolean overlaps(PreventiveCourse other) {
        return covers(other.start) || other.covers(start);
    }

    /** "from 2026-03-01 to 2026-06-30", or "from 2026-09-01, still taken". */
    public String describeDays() {
        return "from " + start + stop.map(last -> " to " + last).orElse(", still taken");
    }

    /**
     * Refuses a course that starts before the earliest day a diary takes, or that starts or stops after
     * {@code latest}, the diary's latest day.
     */
    public void checkDays(LocalDate latest) {
        if (start.isBefore(DayEntry.EARLIEST)) {
            throw new InvalidValueException(DayField.MEDICATION, "the start day " + DayEntry.tooEarly(start));
        }
        checkDay("start", start, latest);
        stop.ifPresent(last -> checkDay("stop", last, latest));
    }

    /** Refuses a course's start or stop day (which says) after {@code latest}, the diary's latest day. */
    public static void checkDay(String which, LocalDate day, LocalDate latest) {
        if (day.isAfter(latest)) {
            throw new InvalidValueException(DayField.MEDICATION, "the " + which + " day " + day
                    + " is after the diary's latest day, " + latest);
        }
    }
}
