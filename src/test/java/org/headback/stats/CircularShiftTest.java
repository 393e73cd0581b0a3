package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class CircularShiftTest {

    private static boolean[] flags(int n, IntPredicate day) {
        boolean[] flags = new boolean[n];
        for (int i = 0; i < n; i++) {
            flags[i] = day.test(i);
        }
        return flags;
    }

    @Test
    void weeklyRhythmInBothSeries_overlapsAgainAtEveryWholeWeekShift() {
        // 28 days, back pain and headache together on days 0, 7, 14, 21: observed overlap 4. Offsets 7..21 are
        // 15 shifts; only k = 7, 14 and 21 line the weekly days up again (overlap 4), the other 12 give 0.
        // p = 3/15 = 0.2: a shared weekly rhythm alone explains the overlap this often.
        boolean[] weekly = flags(28, i -> i % 7 == 0);
        assertThat(CircularShift.p(weekly, weekly.clone()).orElseThrow()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void alignedRunThatNoShiftReproduces_givesZero() {
        // 28 days, one run of 5 days (0..4) in both series: observed overlap 5. Any shift of 7..21 days moves the
        // headache run to days k..k+4 (within 7..25), which never meets days 0..4: no offset reaches 5, p = 0/15.
        boolean[] run = flags(28, i -> i < 5);
        assertThat(CircularShift.p(run, run.clone()).orElseThrow()).isZero();
    }

    @Test
    void noObservedOverlap_givesOne() {
        // Back pain on days 0..4, headache on 14..18: observed overlap 0, and every offset has overlap ≥ 0.
        assertThat(CircularShift.p(flags(28, i -> i < 5), flags(28, i -> i >= 14 && i < 19)).orElseThrow())
                .isEqualTo(1);
    }

    @Test
    void sharedDays_wrapAroundTheEnd() {
        // Back pain on day 9 of 10, headache on day 2: shifting headache by 3 compares day 9 with day (9+3) mod 10.
        int[] backDays = {9};
        assertThat(CircularShift.shared(backDays, flags(10, i -> i == 2), 3)).isEqualTo(1);
        assertThat(CircularShift.shared(backDays, flags(10, i -> i == 2), 4)).isZero();
    }

    @Test
    void fewerThanTwiceTheMinimumShift_hasNoOffsetToTry() {
        // 13 days: offsets would run from 7 to 6. 14 days: the single offset 7.
        assertThat(CircularShift.p(new boolean[13], new boolean[13])).isEmpty();
        assertThat(CircularShift.p(new boolean[14], new boolean[14])).hasValue(1);
    }

    @Test
    void p_isTheShareOfRotationsWithAtLeastTheObservedOverlap_forSeriesOfEveryLengthAroundAWord() {
        var random = new Random(15);
        for (int n = 14; n <= 200; n++) {
            double density = random.nextDouble();
            boolean[] back = flags(n, i -> random.nextDouble() < density);
            boolean[] headache = flags(n, i -> random.nextDouble() < 0.4);
            assertThat(CircularShift.p(back, headache)).as("%d days", n).hasValue(byEveryRotation(back, headache));
        }
    }

    /** The definition, one day at a time. */
    private static double byEveryRotation(boolean[] back, boolean[] headache) {
        int n = back.length;
        int observed = overlap(back, headache, 0);
        int atLeast = 0;
        for (int k = 7; k <= n - 7; k++) {
            if (overlap(back, headache, k) >= observed) {
                atLeast++;
            }
        }
        return (double) atLeast / (n - 13);
    }

    private static int overlap(boolean[] back, boolean[] headache, int k) {
        int shared = 0;
        for (int i = 0; i < back.length; i++) {
            if (back[i] && headache[(i + k) % back.length]) {
                shared++;
            }
        }
        return shared;
    }
}
