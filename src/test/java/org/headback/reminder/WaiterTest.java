package org.headback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.SqliteSettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background reminder's days, on a clock the test moves: its sleeps move the clock, and a "sleeping computer"
 * or a changed clock is a jump of it. The diary is a real one in a temporary folder.
 */
class WaiterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final ZoneId ZONE = ZoneOffset.UTC;
    /** Ten minutes between looks, to keep the test short; the reminder's own is one minute. */
    private static final Duration POLL = Duration.ofMinutes(10);

    @TempDir
    Path dataDir;

    private Instant now = DAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<LocalDateTime> shownAt = new ArrayList<>();
    private final List<Boolean> withdrawn = new ArrayList<>();
    private boolean service = true;
    /** What happens as the clock passes a moment: a day recorded, the reminder turned off, a jump of the clock. */
    private final List<Event> events = new ArrayList<>();

    private record Event(LocalDateTime at, Runnable what) {
    }

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private LocalDateTime time() {
        return LocalDateTime.ofInstant(now, ZONE);
    }

    private void settings(boolean on, LocalTime at) {
        try (var database = Database.open(dataDir)) {
            new SqliteSettingsStore(database).putAll(new ReminderSettings(on, at).toMap());
        }
    }

    private void record(LocalDate day) {
        try (var database = Database.open(dataDir)) {
            new Diary(new SqliteDiaryStore(database, clock), clock).save(DayEntry.on(day).backPain(1).headache(0)
                    .build());
        }
    }

    private final Notifier notifier = new Notifier() {
        @Override
        public boolean available() {
            return service;
        }

        @Override
        public Optional<Shown> show(Runnable onOpen) {
            if (!service) {
                return Optional.empty();
            }
            shownAt.add(time());
            return Optional.of(new Shown() {
                private boolean open = true;

                @Override
                public boolean open() {
                    return open;
                }

                @Override
                public void close(boolean withdraw) {
                    if (open) {
                        withdrawn.add(withdraw);
                    }
                    open = false;
                }
            });
        }
    };

    /** Runs the reminder until it ends, or until the clock reaches {@code until} (then the reminder is turned off). */
    private Waiter.End runUntil(LocalDateTime until) throws InterruptedException {
        events.add(new Event(until, () -> settings(false, LocalTime.NOON)));
        var waiter = new Waiter(new DiaryLook(dataDir, clock), notifier, () -> { }, clock, duration -> {
            sleeps.add(duration);
            var before = time();
            now = now.plus(duration);
            var passed = (Predicate<Event>) event -> !event.at().isAfter(time()) && event.at().isAfter(before);
            var due = events.stream().filter(passed).toList();
            // Each happens once, also when a clock set back passes its moment again.
            events.removeAll(due);
            due.forEach(event -> event.what().run());
        }, POLL);
        return waiter.run();
    }

    @Test
    void sleepsUntilTheTime_thenRemindsOnce_andAgainTheNextDay() throws Exception {
        settings(true, LocalTime.of(20, 0));
        assertThat(runUntil(DAY.plusDays(1).atTime(23, 0))).isEqualTo(Waiter.End.TURNED_OFF);
        assertThat(shownAt).containsExactly(DAY.atTime(20, 0), DAY.plusDays(1).atTime(20, 0));
        assertThat(withdrawn).as("yesterday's taken away as the day changes").containsExactly(true, false);
        assertThat(sleeps).allMatch(sleep -> sleep.compareTo(POLL) <= 0 && !sleep.isNegative());
    }

    @Test
    void aRecordedDay_isNotReminded() throws Exception {
        settings(true, LocalTime.of(20, 0));
        record(DAY);
        runUntil(DAY.atTime(23, 30));
        assertThat(shownAt).isEmpty();
    }

    @Test
    void aDayRecordedAfterTheReminder_takesItAway() throws Exception {
        settings(true, LocalTime.of(20, 0));
        events.add(new Event(DAY.atTime(20, 10), () -> record(DAY)));
        runUntil(DAY.atTime(21, 0));
        assertThat(shownAt).containsExactly(DAY.atTime(20, 0));
        assertThat(withdrawn).containsExactly(true);
    }

    @Test
    void aComputerThatSleptThroughTheTime_remindsAsItWakes_once() throws Exception {
        settings(true, LocalTime.of(20, 0));
        var woke = DAY.atTime(22, 17);
        events.add(new Event(DAY.atTime(19, 0), () -> now = woke.toInstant(ZoneOffset.UTC)));
        runUntil(DAY.atTime(23, 59));
        assertThat(shownAt).hasSize(1);
        assertThat(shownAt.get(0)).isBetween(woke, woke.plus(POLL));
    }

    @Test
    void aClockSetBack_remindsOnlyOnceThatDay() throws Exception {
        settings(true, LocalTime.of(20, 0));
        events.add(new Event(DAY.atTime(20, 30), () -> now = DAY.atTime(19, 50).toInstant(ZoneOffset.UTC)));
        runUntil(DAY.atTime(21, 0));
        assertThat(shownAt).containsExactly(DAY.atTime(20, 0));
    }

    @Test
    void aNewTime_isTakenAtTheNextLook() throws Exception {
        settings(true, LocalTime.of(20, 0));
        events.add(new Event(DAY.atTime(12, 0), () -> settings(true, LocalTime.of(18, 30))));
        runUntil(DAY.atTime(21, 0));
        assertThat(shownAt).containsExactly(DAY.atTime(18, 30));
    }

    @Test
    void turnedOff_endsAtTheNextLook_withoutReminding() throws Exception {
        settings(true, LocalTime.of(20, 0));
        assertThat(runUntil(DAY.atTime(15, 0))).isEqualTo(Waiter.End.TURNED_OFF);
        assertThat(time()).isBefore(DAY.atTime(15, 0).plus(POLL).plusSeconds(1));
        assertThat(shownAt).isEmpty();
    }

    @Test
    void noNotificationService_endsTheReminder_quietly() throws Exception {
        settings(true, LocalTime.of(8, 0));
        service = false;
        assertThat(runUntil(DAY.atTime(23, 0))).isEqualTo(Waiter.End.NO_NOTIFICATION_SERVICE);
        assertThat(time()).isBefore(DAY.atTime(9, 0).plus(POLL).plusSeconds(1));
    }
}
