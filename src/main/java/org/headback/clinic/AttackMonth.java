package org.headback.clinic;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.headback.diary.Attack;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Relief;

/**
 * One calendar month's recorded attacks: how many, the median duration of those whose duration is known, and how
 * often the acute medication taken for an attack helped at two hours ("a lot" or "pain gone") out of those with a
 * relief recorded. A day recorded the old way, with a headache but no attack, is not an attack.
 *
 * @param possibleDays the month's days in the range
 * @param recordedDays the month's recorded days in the range; 0 means the month is not recorded
 * @param durations    the known durations of the month's attacks, shortest first
 * @param helped       medicines taken for an attack that helped a lot or took the pain away
 * @param withRelief   medicines taken for an attack with a relief recorded
 */
public record AttackMonth(YearMonth month, int possibleDays, int recordedDays, int attacks, List<Duration> durations,
                          int helped, int withRelief) {
    /** A median or a share from fewer than this many is too few to mean anything, and is said so. */
    public static final int FEWEST = 3;

    public AttackMonth {
        durations = List.copyOf(durations);
    }

    /** The months of the range, first to last, from its recorded days (days outside the range are left out). */
    public static List<AttackMonth> of(DateRange range, List<DayEntry> days) {
        var months = new ArrayList<AttackMonth>();
        var last = YearMonth.from(range.to());
        for (var month = YearMonth.from(range.from()); !month.isAfter(last); month = month.plusMonths(1)) {
            var current = month;
            var first = month.atDay(1).isBefore(range.from()) ? range.from() : month.atDay(1);
            var end = month.atEndOfMonth().isAfter(range.to()) ? range.to() : month.atEndOfMonth();
            int possible = (int) (end.toEpochDay() - first.toEpochDay() + 1);
            months.add(of(month, possible, days.stream().filter(day -> range.contains(day.date())
                    && YearMonth.from(day.date()).equals(current)).toList()));
        }
        return months;
    }

    private static AttackMonth of(YearMonth month, int possible, List<DayEntry> days) {
        int attacks = 0;
        var durations = new ArrayList<Duration>();
        int helped = 0;
        int withRelief = 0;
        for (var day : days) {
            attacks += day.attacks().size();
            day.attacks().stream().map(Attack::duration).flatMap(Optional::stream).forEach(durations::add);
            for (var taken : day.medications()) {
                if (taken.attack().isPresent() && taken.relief().isPresent()) {
                    withRelief++;
                    helped += helped(taken.relief().get()) ? 1 : 0;
                }
            }
        }
        durations.sort(Duration::compareTo);
        return new AttackMonth(month, possible, days.size(), attacks, durations, helped, withRelief);
    }

    private static boolean helped(Relief relief) {
        return relief == Relief.A_LOT || relief == Relief.PAIN_GONE;
    }

    /** Recorded days with a headache but no attack: recorded the old way, or without the attack's details. */
    public static int headacheDaysWithoutAttacks(DateRange range, List<DayEntry> days) {
        return (int) days.stream().filter(day -> range.contains(day.date()) && day.hasHeadache()
                && !day.hasAttacks()).count();
    }

    public boolean recorded() {
        return recordedDays > 0;
    }

    /** Every day of the month in the range is recorded, so its count is the count, not a floor. */
    public boolean complete() {
        return recordedDays == possibleDays;
    }

    /** The median known duration, to the minute; empty when fewer than {@link #FEWEST} durations are known. */
    public Optional<Duration> medianDuration() {
        if (durations.size() < FEWEST) {
            return Optional.empty();
        }
        int middle = durations.size() / 2;
        if (durations.size() % 2 == 1) {
            return Optional.of(durations.get(middle));
        }
        long minutes = durations.get(middle - 1).toMinutes() + durations.get(middle).toMinutes();
        return Optional.of(Duration.ofMinutes(Math.round(minutes / 2.0)));
    }

    /** Whether enough medicines had a relief recorded for "helped in N of M" to be said. */
    public boolean enoughReliefs() {
        return withRelief >= FEWEST;
    }
}
