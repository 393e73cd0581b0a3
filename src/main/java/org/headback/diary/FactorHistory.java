package org.headback.diary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the diary knows about one yes/no factor, by the known-from rule: a factor is known on every recorded day from
 * the first day it was ticked onward, ticked or not, and unknown before that day (the user was not tracking it yet),
 * never "absent". A day not recorded is unknown for every factor. The statistics of factors rest on this rule alone.
 */
public final class FactorHistory {
    private final String name;
    private final Set<LocalDate> recorded;
    private final Set<LocalDate> ticked;
    private final Optional<LocalDate> knownFrom;

    private FactorHistory(String name, Set<LocalDate> recorded, Set<LocalDate> ticked) {
        this.name = name;
        this.recorded = recorded;
        this.ticked = ticked;
        this.knownFrom = ticked.stream().min(LocalDate::compareTo);
    }

    /** The history of the factor of this name (matched ignoring case) in these recorded days. */
    public static FactorHistory of(String name, Collection<DayEntry> days) {
        var wanted = Factor.sameIgnoringCase(Factor.checkName(name));
        var recorded = days.stream().map(DayEntry::date).collect(Collectors.toUnmodifiableSet());
        var ticked = days.stream().filter(day -> day.factors().stream()
                .anyMatch(factor -> Factor.sameIgnoringCase(factor).equals(wanted))).map(DayEntry::date)
                .collect(Collectors.toUnmodifiableSet());
        return new FactorHistory(name, recorded, ticked);
    }

    public String name() {
        return name;
    }

    /** The first day the factor was ticked; empty if it never was, and then it is known on no day. */
    public Optional<LocalDate> knownFrom() {
        return knownFrom;
    }

    /** How many recorded days it was ticked on. */
    public int tickedDays() {
        return ticked.size();
    }

    /** Whether the factor is known on this day: a recorded day on or after {@link #knownFrom()}. */
    public boolean isKnownOn(LocalDate day) {
        return recorded.contains(day) && knownFrom.filter(first -> !day.isBefore(first)).isPresent();
    }

    /** Ticked or not on this day, or empty when the factor is not known on it ({@link #isKnownOn}). */
    public Optional<Boolean> tickedOn(LocalDate day) {
        return isKnownOn(day) ? Optional.of(ticked.contains(day)) : Optional.empty();
    }
}
