package org.headback.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import org.headback.storage.StorageException;

/**
 * The background reminder: sleeps until the time of day, then, if today is not recorded, shows the notification,
 * at most once a day. It never sleeps longer than a short while at once and looks at the clock each time it wakes,
 * so a computer that slept, or a clock that was changed, finds it on time (or at once, if the time went by); and
 * at each wake it reads the settings again, taking a new time, and ending when the reminder was turned off.
 */
final class Waiter {
    private static final System.Logger LOG = System.getLogger(Waiter.class.getName());
    /** How long the reminder sleeps at most before it looks at the clock and the settings again. */
    static final Duration POLL = Duration.ofMinutes(1);
    private static final Duration SHORTEST = Duration.ofSeconds(1);

    /** Why the reminder stopped waiting. */
    enum End {
        TURNED_OFF,
        NO_NOTIFICATION_SERVICE
    }

    /** Sleeps; tests move a clock instead. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final DiaryLook look;
    private final Notifier notifier;
    private final Runnable onOpen;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration poll;
    private LocalDate remindedOn;
    private Notifier.Shown shown;
    private String lastProblem;

    Waiter(DiaryLook look, Notifier notifier, Runnable onOpen, Clock clock, Sleeper sleeper, Duration poll) {
        this.look = Objects.requireNonNull(look, "look");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.onOpen = Objects.requireNonNull(onOpen, "onOpen");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.poll = Objects.requireNonNull(poll, "poll");
    }

    /** Waits, and reminds, until the reminder is turned off or no notification can be shown. */
    End run() throws InterruptedException {
        try {
            while (true) {
                var now = LocalDateTime.now(clock);
                var settings = ReminderSettings.DEFAULTS;
                try {
                    settings = look.settings();
                    if (!settings.on()) {
                        return End.TURNED_OFF;
                    }
                    if (!remindIfDue(now, settings.at())) {
                        LOG.log(System.Logger.Level.WARNING, Notifiers.NONE);
                        return End.NO_NOTIFICATION_SERVICE;
                    }
                } catch (StorageException e) {
                    tellOnce(e);
                }
                sleeper.sleep(pause(now, settings.at()));
            }
        } finally {
            closeShown(false);
        }
    }

    /** Shows the notification if the time has come today and the day is not recorded; false if none can be. */
    private boolean remindIfDue(LocalDateTime now, LocalTime at) {
        var today = now.toLocalDate();
        if (shown != null && (!shown.open() || !today.equals(remindedOn) || look.recorded(today))) {
            // Gone, or yesterday's, or the day is recorded now: a reminder that has nothing more to say.
            closeShown(shown.open());
        }
        if (today.equals(remindedOn) || now.toLocalTime().isBefore(at)) {
            return true;
        }
        boolean recorded = look.recorded(today);
        remindedOn = today;
        if (recorded) {
            return true;
        }
        shown = notifier.show(onOpen).orElse(null);
        return shown != null;
    }

    /** Until the next time to remind, or the next look, whichever comes first. */
    private Duration pause(LocalDateTime now, LocalTime at) {
        var today = now.toLocalDate();
        var next = today.equals(remindedOn) || !now.toLocalTime().isBefore(at)
                ? today.plusDays(1).atTime(at) : today.atTime(at);
        var until = Duration.between(now, next);
        return until.compareTo(poll) > 0 ? poll : until.compareTo(SHORTEST) < 0 ? SHORTEST : until;
    }

    private void closeShown(boolean withdraw) {
        if (shown != null) {
            shown.close(withdraw);
            shown = null;
        }
    }

    /** A diary that cannot be read now (being restored, say) is said once, and looked at again at the next wake. */
    private void tellOnce(StorageException e) {
        var text = String.valueOf(e.getMessage());
        if (!text.equals(lastProblem)) {
            lastProblem = text;
            LOG.log(System.Logger.Level.WARNING, "The reminder cannot read the diary now: " + text);
        }
    }
}
