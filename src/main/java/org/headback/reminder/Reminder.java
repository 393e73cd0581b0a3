package org.headback.reminder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Objects;
import org.headback.storage.InstanceLock;
import org.headback.storage.LoginItemStore;
import org.headback.storage.SettingsStore;

/**
 * Turning the reminder on and off, for the command line and the window alike: the data folder's settings, and the
 * login item that starts the background reminder. Nothing is registered until the user turns it on.
 */
public final class Reminder {
    private static final System.Logger LOG = System.getLogger(Reminder.class.getName());

    /**
     * Where the reminder stands.
     *
     * @param registered whether the login item is there and starts the reminder of this data folder
     * @param another    whether the login item is there but starts something else: the reminder of another data
     *                   folder (there is one login item per user), or of a HeadBack that was moved
     */
    public record Status(ReminderSettings settings, Path loginItem, boolean registered, boolean another) {
        /** In a sentence or two, for the command line. */
        public String describe() {
            if (!settings.on()) {
                return "The reminder is off.";
            }
            return "The reminder is on: at " + ReminderSettings.shown(settings.at()) + ", if today is not recorded "
                    + "by then. " + atLogin();
        }

        /** What starts the reminder when the user logs in, in a sentence, for the window too. */
        public String atLogin() {
            if (!settings.on()) {
                return "Nothing is registered to start at login while the reminder is off.";
            }
            if (registered) {
                return "It starts when you log in, from " + loginItem + ".";
            }
            return another ? "But nothing starts it when you log in: " + loginItem + " starts another data folder's"
                    + " reminder (or a HeadBack that was moved). Turn it on again to have it start this one."
                    : "But nothing starts it when you log in: " + loginItem + " is missing. Turn it on again.";
        }
    }

    private final SettingsStore store;
    private final Path dataDir;
    private final ReminderSystem system;

    public Reminder(SettingsStore store, Path dataDir, ReminderSystem system) {
        this.store = Objects.requireNonNull(store, "store");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath();
        this.system = Objects.requireNonNull(system, "system");
    }

    public Status status() {
        var file = system.loginItem().file();
        boolean ours = startsThisFolder();
        return new Status(ReminderSettings.fromMap(store.all()), file, ours, !ours && Files.isRegularFile(file));
    }

    /** Whether the login item is there and holds what this data folder's reminder would write into it. */
    private boolean startsThisFolder() {
        var item = system.loginItem();
        try {
            return Files.isRegularFile(item.file()) && Arrays.equals(Files.readAllBytes(item.file()),
                    item.content(system.launch().waiting(dataDir)));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Turns the reminder on at a time of day: registers it to start at login, remembers the choice, and starts it
     * now, so that it reminds today already; a reminder that waits for this data folder already takes the new time
     * at its next look.
     */
    public Status turnOn(LocalTime at) {
        var command = system.launch().waiting(dataDir);
        var item = system.loginItem();
        LoginItemStore.put(item.file(), item.content(command));
        store.putAll(ReminderSettings.fromMap(store.all()).turnedOn(at).toMap());
        if (InstanceLock.reminderWaiting(dataDir)) {
            return status();
        }
        try {
            system.starter().start(command);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The reminder could not be started now; it starts at the next "
                    + "login", e);
        }
        return status();
    }

    /**
     * Turns the reminder off: forgets the choice (a waiting reminder ends within a minute) and removes the item, if
     * it is this data folder's: another folder's reminder keeps starting at login.
     */
    public Status turnOff() {
        store.putAll(ReminderSettings.fromMap(store.all()).turnedOff().toMap());
        if (startsThisFolder()) {
            LoginItemStore.remove(system.loginItem().file());
        }
        return status();
    }
}
