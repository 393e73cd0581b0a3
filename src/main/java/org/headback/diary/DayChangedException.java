package org.headback.diary;

import java.time.LocalDate;
import org.headback.text.Dates;

/** A save that was not made because another program changed (or recorded) the same day since it was shown. */
public final class DayChangedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final LocalDate date;

    public DayChangedException(LocalDate date, boolean wasNotRecorded) {
        super(wasNotRecorded
                ? Dates.ofUser().shown(date) + " is already in the diary: another program recorded it a moment ago. "
                        + "Your change was not saved; the day now shows what that program saved."
                : Dates.ofUser().shown(date) + " was changed by another program a moment ago. Your change was not "
                        + "saved; the day now shows what that program saved.");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
