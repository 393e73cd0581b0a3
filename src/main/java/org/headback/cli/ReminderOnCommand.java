package org.headback.cli;

import java.time.LocalTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code headback reminder on [--at HH:MM]}. */
@Command(name = "on", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Turns the reminder on, at a time of day.",
            "At that time, if today is not recorded, a desktop notification says so. Registers the reminder to "
                + "start when you log in, and starts it now."})
final class ReminderOnCommand extends ReminderWork {
    @Option(names = "--at", paramLabel = "HH:MM",
            description = "The time of day, 00:00 to 23:59 (default: the time chosen last, else 20:00).")
    LocalTime at;

    @Override
    public Integer call() {
        withReminder(true, reminder -> {
            var time = at != null ? at : reminder.status().settings().at();
            out().println(reminder.turnOn(time).describe());
        });
        return Cli.OK;
    }
}
