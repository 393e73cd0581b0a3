package org.headback.cli;

import org.headback.reminder.BackgroundReminder;
import picocli.CommandLine.Command;

/** {@code headback reminder check}. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Shows the reminder now if today is not recorded.",
            "Does nothing if today is recorded, whether the reminder is on or not. Without a notification service "
                + "it says so, and exits 0."})
final class ReminderCheckCommand extends ReminderWork {
    @Override
    public Integer call() {
        var checked = new BackgroundReminder(dataDir(), group.system(), clock).check();
        switch (checked) {
            case RECORDED -> out().println("Today is recorded: no reminder.");
            case SHOWN -> out().println("Today is not recorded: the reminder is shown.");
            default -> out().println("Today is not recorded, but no notification can be shown here.");
        }
        return Cli.OK;
    }
}
