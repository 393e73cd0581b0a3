package org.headback.diary;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One headache attack of a day. It belongs to the day it started, even when it ran past midnight. Every value is
 * checked here and refused with an {@link InvalidValueException} on {@link DayField#ATTACKS} that names the value
 * ("the peak 11 is not between 0 and 10"); {@link DayForm} puts the attack's number in front ("attack 2: …").
 *
 * @param start    when it started, to the minute; empty when not known
 * @param duration how long it lasted, {@link #SHORTEST} to {@link #LONGEST} in whole minutes; empty when not known
 * @param peak     its worst severity, 0–10
 * @param with     what came with it
 * @param cost     what it cost the user
 * @param note     the user's words, stripped of spaces at the ends, at most {@link DayEntry#MAX_NOTES} characters
 */
public record Attack(Optional<LocalTime> start, Optional<Duration> duration, int peak, Optional<HeadacheKind> kind,
                     Optional<Aura> aura, Set<Symptom> with, Set<AttackCost> cost, String note) {
    public static final Duration SHORTEST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofHours(72);
    /** More than a cluster headache's worst day; a file listing more is refused, not drawn as thousands of boxes. */
    public static final int MOST_IN_A_DAY = 24;

    public Attack {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(aura, "aura");
        start.ifPresent(time -> requireWholeMinute("the start", time));
        duration.ifPresent(Attack::checkDuration);
        if (peak < 0 || peak > DayEntry.MAX_SCALE) {
            throw invalid("the peak " + peak + " is not between 0 and 10");
        }
        with = with.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(with));
        cost = cost.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cost));
        note = note == null ? "" : note.strip();
        if (note.length() > DayEntry.MAX_NOTES) {
            throw invalid("the note is longer than 100,000 characters");
        }
    }

    /** An attack of this peak, nothing else known about it; change it with {@link #toBuilder()}. */
    public static Builder ofPeak(int peak) {
        return new Builder(peak);
    }

    /**
     * How long an attack from {@code start} to {@code end} lasted. An end before the start is past midnight, the
     * next day (22:00 to 02:00 is 4 hours); an end equal to the start is refused, as an attack lasts at least a
     * minute.
     */
    public static Duration between(LocalTime start, LocalTime end) {
        requireWholeMinute("the start", start);
        requireWholeMinute("the end", end);
        if (end.equals(start)) {
            throw invalid("the end " + end + " is the start: an attack lasts at least a minute");
        }
        var lasted = Duration.between(start, end);
        return lasted.isNegative() ? lasted.plusDays(1) : lasted;
    }

    /** When it ended, if its start and duration are known (on a later day if it ran past midnight). */
    public Optional<LocalTime> end() {
        return start.flatMap(time -> duration.map(time::plus));
    }

    private static void requireWholeMinute(String what, LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw invalid(what + " " + time + " is not a whole minute");
        }
    }

    private static void checkDuration(Duration duration) {
        if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0) {
            throw invalid("the duration " + TimeText.durationText(duration)
                    + " is not between 1 minute and 72 hours");
        }
        if (!duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
            throw invalid("the duration " + duration + " is not a whole number of minutes");
        }
    }

    private static InvalidValueException invalid(String problem) {
        return new InvalidValueException(DayField.ATTACKS, problem);
    }

    /** A copy to change. */
    public Builder toBuilder() {
        var builder = new Builder(peak).with(with).cost(cost).note(note);
        start.ifPresent(builder::start);
        duration.ifPresent(builder::duration);
        kind.ifPresent(builder::kind);
        aura.ifPresent(builder::aura);
        return builder;
    }

    /** Builds an attack step by step; {@link #build()} checks it. */
    public static final class Builder {
        private Optional<LocalTime> start = Optional.empty();
        private Optional<Duration> duration = Optional.empty();
        private int peak;
        private Optional<HeadacheKind> kind = Optional.empty();
        private Optional<Aura> aura = Optional.empty();
        private Set<Symptom> with = Set.of();
        private Set<AttackCost> cost = Set.of();
        private String note = "";

        private Builder(int peak) {
            this.peak = peak;
        }

        public Builder start(LocalTime value) {
            start = Optional.ofNullable(value);
            return this;
        }

        public Builder duration(Duration value) {
            duration = Optional.ofNullable(value);
            return this;
        }

        /** The duration from the start to this end time; past midnight if the end is before the start. */
        public Builder end(LocalTime value) {
            duration = Optional.of(between(start.orElseThrow(() -> invalid("an end time is given, but no start")),
                    value));
            return this;
        }

        public Builder peak(int value) {
            peak = value;
            return this;
        }

        public Builder kind(HeadacheKind value) {
            kind = Optional.ofNullable(value);
            return this;
        }

        public Builder aura(Aura value) {
            aura = Optional.ofNullable(value);
            return this;
        }

        public Builder with(Set<Symptom> value) {
            with = value;
            return this;
        }

        public Builder cost(Set<AttackCost> value) {
            cost = value;
            return this;
        }

        public Builder note(String value) {
            note = value;
            return this;
        }

        public Attack build() {
            return new Attack(start, duration, peak, kind, aura, with, cost, note);
        }
    }
}
