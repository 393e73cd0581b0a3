package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Before and after. The rates and the exact permutation p come from an independent script (every one of the 126
 * ways of giving 4 of the 9 blocks to "before", in Python), not from the code under test.
 */
class BeforeAfterTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Test
    void fewerHeadachesAfter_givesTheRatesPer30Days_theChange_andTheExactPermutationP() {
        var comparison = BeforeAfter.compare(days(START, 28, i -> i % 7 < 4),
                days(START.plusDays(60), 30, i -> i % 7 == 0 || i == 20));

        var headache = comparison.changes().get(0);
        assertThat(headache.measure()).isEqualTo(Measure.HEADACHE_DAYS);
        assertThat(headache.beforePer30()).isCloseTo(17.142857142857142, within(1e-12));
        assertThat(headache.afterPer30()).isCloseTo(6.0, within(1e-12));
        assertThat(headache.change()).isCloseTo(-11.142857142857142, within(1e-12));
        assertThat(headache.p()).isCloseTo(2.0 / 126, within(1e-15));
        assertThat(headache.changeLow()).isLessThan(headache.change());
        assertThat(headache.changeHigh()).isGreaterThan(headache.change()).isLessThan(0);
        assertThat(comparison.beforeDays()).isEqualTo(28);
        assertThat(comparison.afterDays()).isEqualTo(30);
    }

    @Test
    void theSameDiary_givesTheSameIntervalAndP_everyTime() {
        var random = new Random(3);
        var before = days(START, 200, i -> random.nextInt(3) == 0);
        var after = days(START.plusDays(300), 200, i -> random.nextInt(4) == 0);

        var once = BeforeAfter.compare(before, after);
        var again = BeforeAfter.compare(before, after);

        assertThat(once).isEqualTo(again);
        assertThat(once.changes().get(0).p()).isBetween(1.0 / (BeforeAfter.SHUFFLES + 1), 1.0);
    }

    @Test
    void noChange_hasAPOf1_andAnIntervalAround0() {
        var comparison = BeforeAfter.compare(days(START, 28, i -> i % 2 == 0),
                days(START.plusDays(40), 28, i -> i % 2 == 0));

        var headache = comparison.changes().get(0);
        assertThat(headache.change()).isZero();
        assertThat(headache.p()).isEqualTo(1.0);
        assertThat(headache.changeLow()).isLessThanOrEqualTo(0);
        assertThat(headache.changeHigh()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void fewerThan14RecordedDaysInEitherRange_givesNoFigures_andSaysWhy() {
        var comparison = BeforeAfter.compare(days(START, 13, i -> true), days(START.plusDays(30), 40, i -> true));

        assertThat(comparison.enoughData()).isFalse();
        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.reason()).contains("Before: 13 recorded days; after: 40 recorded days. Each range "
                + "needs at least 14 recorded days for a comparison.");
        assertThat(BeforeAfter.compare(days(START, 14, i -> true), days(START.plusDays(30), 14, i -> true))
                .enoughData()).isTrue();
    }

    @Test
    void percentile_interpolatesAsRsDefault() {
        assertThat(BeforeAfter.percentile(new double[] {1, 2, 3, 4, 5}, 0.025)).isCloseTo(1.1, within(1e-12));
        assertThat(BeforeAfter.percentile(new double[] {1, 2, 3, 4, 5}, 0.975)).isCloseTo(4.9, within(1e-12));
    }

    @Test
    void combinations_areEveryChoiceOnce() {
        var seen = new ArrayList<String>();
        Combinations.each(5, 2, chosen -> seen.add(chosen[0] + "" + chosen[1]));
        assertThat(seen).containsExactly("01", "02", "03", "04", "12", "13", "14", "23", "24", "34");
        assertThat(Combinations.count(9, 4)).isEqualTo(126);
        assertThat(Combinations.count(400, 200)).isEqualTo(Long.MAX_VALUE);
    }

    private static List<PeriodDay> days(LocalDate first, int count, IntPredicate headache) {
        var days = new ArrayList<PeriodDay>();
        for (int i = 0; i < count; i++) {
            days.add(new PeriodDay(first.plusDays(i), headache.test(i) ? EnumSet.of(Measure.HEADACHE_DAYS)
                    : EnumSet.noneOf(Measure.class)));
        }
        return days;
    }
}
