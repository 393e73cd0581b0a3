package org.headback.diary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that is already in the diary, offered as a new one. Nothing is wrong with the values: the diary refuses
 * them because the day is taken, so this is not an {@link InvalidValueException}.
 */
public final class AlreadyRecordedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient LocalDate date;

    public AlreadyRecordedException(LocalDate date) {
        super(Objects.requireNonNull(date, "date") + " is already in the diary");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
