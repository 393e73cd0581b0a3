package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The known-from rule, which the statistics of factors depend on. */
class FactorHistoryTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 5, 1);

    private static DayEntry day(int offset, String... factors) {
        return DayEntry.on(FIRST.plusDays(offset)).factors(Set.of(factors)).build();
    }

    private final List<DayEntry> days = List.of(day(0), day(1, "Tea"), day(2, "coffee"), day(3), day(5, "Coffee"),
            day(6));

    @Test
    void aFactor_isKnownFromTheFirstDayItWasTicked_onEveryRecordedDayAfter() {
        var coffee = FactorHistory.of("Coffee", days);

        assertThat(coffee.knownFrom()).contains(FIRST.plusDays(2));
        assertThat(coffee.isKnownOn(FIRST.plusDays(2))).isTrue();
        assertThat(coffee.tickedOn(FIRST.plusDays(3))).as("recorded, not ticked").contains(false);
        assertThat(coffee.tickedOn(FIRST.plusDays(5))).as("ticked, named in another case").contains(true);
        assertThat(coffee.tickedOn(FIRST.plusDays(6))).contains(false);
    }

    @Test
    void beforeItsFirstTick_aFactorIsUnknown_notAbsent() {
        var coffee = FactorHistory.of("coffee", days);

        assertThat(coffee.isKnownOn(FIRST)).isFalse();
        assertThat(coffee.tickedOn(FIRST.plusDays(1))).isEmpty();
    }

    @Test
    void aDayNotRecorded_isUnknownForEveryFactor() {
        var coffee = FactorHistory.of("coffee", days);

        assertThat(coffee.isKnownOn(FIRST.plusDays(4))).isFalse();
        assertThat(coffee.tickedOn(FIRST.plusDays(4))).isEmpty();
        assertThat(coffee.isKnownOn(FIRST.plusDays(7))).as("after the last recorded day").isFalse();
    }

    @Test
    void aFactorNeverTicked_isKnownOnNoDay() {
        var walking = FactorHistory.of("Walking", days);

        assertThat(walking.knownFrom()).isEmpty();
        assertThat(days).noneMatch(day -> walking.isKnownOn(day.date()));
    }
}
