package org.headback.reminder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.headback.storage.InstanceLock;

/**
 * The reminder that runs with the window closed: the one check ({@code reminder check}) and the wait through the
 * day ({@code reminder wait}, which the login item starts). It never loads the window's toolkit, never writes the
 * diary, and reads it only in short looks.
 */
public final class BackgroundReminder {
    private static final System.Logger LOG = System.getLogger(BackgroundReminder.class.getName());

    /** What a check did. */
    public enum Checked {
        /** Today is recorded: nothing was shown. */
        RECORDED,
        /** The notification is on show. */
        SHOWN,
        /** No notification service took it; the log says so. */
        NO_NOTIFICATION_SERVICE
    }

    private final Path dataDir;
    private final ReminderSystem system;
    private final Clock clock;

    public BackgroundReminder(Path dataDir, ReminderSystem system, Clock clock) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath();
        this.system = Objects.requireNonNull(system, "system");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Shows the notification now if today is not recorded, whether the reminder is on or not; waits for nothing. */
    public Checked check() {
        if (new DiaryLook(dataDir, clock).recorded(LocalDate.now(clock))) {
            return Checked.RECORDED;
        }
        var shown = system.notifier().get().show(new TodayOpening(dataDir, system));
        if (shown.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, Notifiers.NONE);
            return Checked.NO_NOTIFICATION_SERVICE;
        }
        shown.get().close();
        return Checked.SHOWN;
    }

    /**
     * Waits through the days, reminding at the time when the day is not recorded, until the reminder is turned off.
     * Returns at once when another reminder waits for this data folder already, when the reminder is off, or when
     * there is no notification service (said once in the log), so that nothing is left running for nothing.
     *
     * @param poll how long it sleeps at most between looks at the clock and the settings
     */
    public void waitThroughTheDays(Duration poll) throws InterruptedException {
        var look = new DiaryLook(dataDir, clock);
        if (!Files.isDirectory(dataDir) || !look.settings().on()) {
            return;
        }
        var held = InstanceLock.tryAcquireForReminder(dataDir);
        if (held.isEmpty()) {
            return;
        }
        try (var lock = held.get()) {
            var notifier = system.notifier().get();
            if (!notifier.available()) {
                LOG.log(System.Logger.Level.WARNING, Notifiers.NONE);
                return;
            }
            new Waiter(look, notifier, new TodayOpening(dataDir, system), clock, duration -> Thread.sleep(
                    duration.toMillis()), poll).run();
        }
    }

    /** How long the background reminder sleeps at most, unless told otherwise. */
    public static Duration usualPoll() {
        return Waiter.POLL;
    }
}
