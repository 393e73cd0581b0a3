package org.headback.reminder;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the reminder needs of the system it runs on: where its login item goes, how HeadBack is started again, how a
 * program is started in the background, and how a notification is shown. Made once for the running system; tests
 * give their own folders and programs.
 */
public record ReminderSystem(LoginItem loginItem, Launch launch, Starter starter, Supplier<Notifier> notifier) {
    /** Starts a program that goes on by itself after this one ends. */
    @FunctionalInterface
    public interface Starter {
        void start(List<String> command) throws IOException;
    }

    public ReminderSystem {
        Objects.requireNonNull(loginItem, "loginItem");
        Objects.requireNonNull(launch, "launch");
        Objects.requireNonNull(starter, "starter");
        Objects.requireNonNull(notifier, "notifier");
    }

    /** The running system: its login item, this program's runtime, and its notification service. */
    public static ReminderSystem ofThisSystem() {
        return with(LoginItem.forThisSystem(), ReminderSystem::startAlone);
    }

    /** This program's runtime and this system's notifications, with a login item and a way of starting of one's own. */
    public static ReminderSystem with(LoginItem loginItem, Starter starter) {
        return new ReminderSystem(loginItem, Launch.ofThisProgram(), starter, Notifiers::forThisSystem);
    }

    /**
     * Starts the program on its own: its output is dropped, its errors go where this program's go (the terminal, or
     * the session's log for a program the desktop started), and it reads nothing.
     */
    static void startAlone(List<String> command) throws IOException {
        var process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
    }
}
