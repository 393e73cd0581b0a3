package org.headback.ui.diary;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.headback.text.Dates;

/**
 * Whether the day's entry shows another day's values ("same as yesterday") that the user has not confirmed yet.
 * While it does, nothing saves the entry on its own: not a pause in typing, not leaving the day, not closing the
 * window. Only the user's confirming key does, so a copied value is never recorded by accident.
 */
public final class CopiedDay {
    // Properties
    private final ReadOnlyObjectWrapper<LocalDate> from = new ReadOnlyObjectWrapper<>(this, "from");
    private final Runnable commit;

    /** @param commit saves the entry as any change is saved, once the copy is confirmed */
    CopiedDay(Runnable commit) {
        this.commit = commit;
    }

    // Commands

    void copiedFrom(LocalDate day) {
        from.set(day);
    }

    void forget() {
        from.set(null);
    }

    /** The user's confirming key: keeps the copied values on show and saves the entry, as any change is saved. */
    public void confirm() {
        forget();
        commit.run();
    }

    /** True while copied values are on show and not confirmed. */
    public boolean unconfirmed() {
        return from.get() != null;
    }

    /** The words of the entry's save state while copied values are on show; else {@code otherwise}. */
    String stateOr(String otherwise) {
        return Optional.ofNullable(from.get()).map(day -> "Copied from " + Dates.ofUser().withWeekday(day)
                + ", not saved: press Enter or Keep to record it").orElse(otherwise);
    }

    // Accessors

    /** The day the values on show were copied from, or null when they were not copied (or were confirmed). */
    public ReadOnlyObjectProperty<LocalDate> fromProperty() {
        return from.getReadOnlyProperty();
    }
}
