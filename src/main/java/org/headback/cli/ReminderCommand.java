package org.headback.cli;

import org.headback.reminder.ReminderSystem;
import picocli.CommandLine.Command;

/** {@code headback reminder}: the evening reminder's commands. */
@Command(name = "reminder", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Turns on or off the reminder that, at a time of day, shows a desktop notification if today "
                + "is not recorded in the diary; it works with the window closed, started when you log in."},
        subcommands = {ReminderOnCommand.class, ReminderOffCommand.class, ReminderStatusCommand.class,
            ReminderCheckCommand.class, ReminderWaitCommand.class, HelpCommand.class})
final class ReminderCommand extends DiaryGroup {
    ReminderSystem system() {
        return parent.reminderSystem();
    }
}
