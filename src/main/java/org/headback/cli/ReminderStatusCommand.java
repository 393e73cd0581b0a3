package org.headback.cli;

import picocli.CommandLine.Command;

/** {@code headback reminder status}. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Says whether the reminder is on, and at what time.",
            "Also names what starts it when you log in."})
final class ReminderStatusCommand extends ReminderWork {
    @Override
    public Integer call() {
        withReminder(false, reminder -> out().println(reminder.status().describe()));
        return Cli.OK;
    }
}
