package org.headback.cli;

import org.headback.reminder.ReminderSystem;
import picocli.CommandLine.Command;

/** {@code headback reminder}: the evening reminder's commands. */
@Command(name = "reminder", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Turns the evening reminder on or off, and checks it.",
            "At the time of day, if today is not recorded in the diary, a desktop notification says so. It works "
                + "with the window closed: your system starts it when you log in."},
        subcommands = {ReminderOnCommand.class, ReminderOffCommand.class, ReminderStatusCommand.class,
            ReminderCheckCommand.class, ReminderWaitCommand.class, HelpCommand.class})
final class ReminderCommand extends DiaryGroup {
    ReminderSystem system() {
        return parent.reminderSystem();
    }
}
