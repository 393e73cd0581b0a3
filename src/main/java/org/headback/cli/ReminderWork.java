package org.headback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.headback.reminder.Reminder;
import org.headback.storage.Database;
import org.headback.storage.SqliteSettingsStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A reminder command: the data folder and the system the command line chose. */
abstract class ReminderWork implements Callable<Integer> {
    @ParentCommand
    ReminderCommand group;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();

    Path dataDir() {
        return group.dataDirectory();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Opens the data folder's settings (writing them if {@code changes}) for {@code work} with its reminder. */
    void withReminder(boolean changes, ReminderUse work) {
        try (var database = changes ? Database.open(dataDir()) : Database.openForReading(dataDir())) {
            work.use(new Reminder(new SqliteSettingsStore(database), dataDir(), group.system()));
        }
    }

    /** What a command does with the reminder. */
    @FunctionalInterface
    interface ReminderUse {
        void use(Reminder reminder);
    }
}
