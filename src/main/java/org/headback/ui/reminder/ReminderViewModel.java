package org.headback.ui.reminder;

import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.headback.reminder.Reminder;
import org.headback.reminder.ReminderSettings;
import org.headback.ui.TaskRunner;

/**
 * The Reminder dialog's state: on or off, the time, and what is registered to start it at login. Each choice is
 * saved at once, off the JavaFX thread: ticking the box turns the reminder on (or off), and a new time is taken
 * when it is entered (Enter, or leaving the field) if it is a time of day; otherwise the dialog says why.
 */
public final class ReminderViewModel {
    // Properties
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private final StringProperty time = new SimpleStringProperty(this, "time", ReminderSettings.shown(
            ReminderSettings.DEFAULT_TIME));
    private final ReadOnlyStringWrapper registered = new ReadOnlyStringWrapper(this, "registered", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private final Reminder reminder;
    private final TaskRunner runner;
    /** The settings as last saved or read, so that only a change is saved. */
    private ReminderSettings saved = ReminderSettings.DEFAULTS;

    public ReminderViewModel(Reminder reminder, TaskRunner runner) {
        this.reminder = Objects.requireNonNull(reminder, "reminder");
        this.runner = Objects.requireNonNull(runner, "runner");
        on.addListener((observable, was, now) -> {
            if (loaded.get() && now != saved.on()) {
                save();
            }
        });
    }

    // Commands

    /** Reads where the reminder stands, for the dialog to show. */
    public void load() {
        run("Reading the reminder…", reminder::status);
    }

    /** The time typed is entered: saved if the reminder is on and it is a time of day, else the dialog says why. */
    public void enterTime() {
        var typed = ReminderSettings.time(time.get());
        if (typed.isEmpty()) {
            problem.set(ReminderSettings.notATime(time.get().strip()) + ".");
            return;
        }
        problem.set("");
        time.set(ReminderSettings.shown(typed.get()));
        if (on.get() && !typed.get().equals(saved.at())) {
            save();
        }
    }

    private void save() {
        var typed = ReminderSettings.time(time.get());
        if (on.get() && typed.isEmpty()) {
            problem.set(ReminderSettings.notATime(time.get().strip()) + ".");
            on.set(false);
            return;
        }
        problem.set("");
        if (on.get()) {
            run("Turning the reminder on…", () -> reminder.turnOn(typed.orElseThrow()));
        } else {
            run("Turning the reminder off…", reminder::turnOff);
        }
    }

    private void run(String description, Callable<Reminder.Status> work) {
        runner.run(description, work, this::show, error -> {
            problem.set(String.valueOf(error.getMessage()));
            show(reminder.status());
        });
    }

    private void show(Reminder.Status status) {
        saved = status.settings();
        on.set(saved.on());
        time.set(ReminderSettings.shown(saved.at()));
        registered.set(status.atLogin());
        loaded.set(true);
    }

    // Accessors

    public BooleanProperty onProperty() {
        return on;
    }

    public StringProperty timeProperty() {
        return time;
    }

    /** What starts the reminder at login, in a sentence. */
    public ReadOnlyStringProperty registeredProperty() {
        return registered.getReadOnlyProperty();
    }

    /** Why the time typed, or the last save, was refused; empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the reminder's state has been read, so that the dialog's choices mean something. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
