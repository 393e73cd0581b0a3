package org.headback.ui.diary;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One day not recorded, in the list to catch up: its two scores as typed, and what became of it. */
public final class CatchUpRow {
    private final LocalDate date;
    // Properties
    private final StringProperty backPain = new SimpleStringProperty(this, "backPain", "");
    private final StringProperty headache = new SimpleStringProperty(this, "headache", "");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "Not recorded");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    CatchUpRow(LocalDate date) {
        this.date = Objects.requireNonNull(date, "date");
    }

    void saving() {
        saving.set(true);
        state.set("Saving…");
    }

    /** Recorded, from here or elsewhere: the row stays in the list, saying so, and takes no more changes. */
    void recorded(String words) {
        saving.set(false);
        done.set(true);
        state.set(words);
    }

    void refused(String words) {
        saving.set(false);
        state.set(words);
    }

    // Accessors

    public LocalDate date() {
        return date;
    }

    public StringProperty backPainProperty() {
        return backPain;
    }

    public StringProperty headacheProperty() {
        return headache;
    }

    /** "Not recorded", "Saving…", "Recorded: nothing to note", or what stops it from being saved. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True once the day is recorded: from this list, or by another part of the window or another program. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** True while its save runs: a second key does not save it twice. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
