package org.headback.cli;

import java.time.Duration;
import org.headback.reminder.BackgroundReminder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code headback reminder wait}: the background reminder, as the login item starts it. Hidden from the help: a
 * user turns the reminder on instead.
 */
@Command(name = "wait", hidden = true, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Waits in the background, and reminds at the time.",
            "Reminds at most once a day, until the reminder is turned off. This is what the login item starts."})
final class ReminderWaitCommand extends ReminderWork {
    @Option(names = "--look-every", paramLabel = "SECONDS",
            description = "How long it sleeps at most between looks at the clock and the settings (default: 60).")
    Integer seconds;

    @Override
    public Integer call() throws InterruptedException {
        var poll = seconds == null || seconds < 1 ? BackgroundReminder.usualPoll() : Duration.ofSeconds(seconds);
        new BackgroundReminder(dataDir(), group.system(), clock).waitThroughTheDays(poll);
        return Cli.OK;
    }
}
