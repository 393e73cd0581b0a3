package org.headback.cli;

import picocli.CommandLine.Command;

/** {@code headback reminder off}. */
@Command(name = "off", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Turns the reminder off.",
            "Removes what starts it at login; a reminder waiting now ends within a minute."})
final class ReminderOffCommand extends ReminderWork {
    @Override
    public Integer call() {
        withReminder(true, reminder -> {
            var status = reminder.turnOff();
            out().println(status.describe() + (status.another()
                    ? " " + status.loginItem() + " is kept: it starts another data folder's reminder."
                    : " Nothing starts it at login any more (" + status.loginItem() + " is gone)."));
        });
        return Cli.OK;
    }
}
