package org.headback.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The days a user may want to catch up on: the days of the last {@link #WINDOW} before today that are not recorded,
 * newest first. Today is not among them (it is not over yet), nor is a day before the diary's first recorded day
 * (a diary begun last week did not miss the weeks before it), and a diary with no day at all misses none.
 */
public final class MissedDays {
    /** How many days back catching up looks, yesterday included. */
    public static final int WINDOW = 14;

    private MissedDays() {
    }

    /** The first day catching up looks at, for a diary read on {@code today}. */
    public static LocalDate from(LocalDate today) {
        return today.minusDays(WINDOW);
    }

    /**
     * @param recorded the days recorded between {@link #from} and yesterday (others are ignored)
     * @param first    the diary's first recorded day, or empty when it holds none
     */
    public static List<LocalDate> of(LocalDate today, Collection<LocalDate> recorded, Optional<LocalDate> first) {
        if (first.isEmpty()) {
            return List.of();
        }
        var known = Set.copyOf(recorded);
        var missed = new ArrayList<LocalDate>();
        for (var day = today.minusDays(1); !day.isBefore(from(today)) && !day.isBefore(first.get());
             day = day.minusDays(1)) {
            if (!known.contains(day)) {
                missed.add(day);
            }
        }
        return List.copyOf(missed);
    }
}
