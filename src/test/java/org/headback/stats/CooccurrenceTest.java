package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.headback.testing.TestDays.point;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.headback.testing.TestDays;
import org.junit.jupiter.api.Test;

class CooccurrenceTest {

    private static CooccurrenceStats compute(List<DayPoint> days) {
        return Cooccurrence.compute(days, Thresholds.DEFAULT);
    }

    @Test
    void handComputedTable_givesEveryStatistic() {
        // a = 10, b = 5, c = 3, d = 20 over 38 days, the cells shuffled over the calendar.
        var stats = compute(TestDays.table(10, 5, 3, 20, 7L));
        assertThat(stats.table()).isEqualTo(new Table2x2(10, 5, 3, 20));
        assertThat(stats.recordedDays()).isEqualTo(38);
        assertThat(stats.enoughData()).isTrue();
        assertThat(stats.reason()).isEmpty();
        // Rates by hand: 10/15 and 3/23.
        assertThat(stats.headacheRateWithBackPain()).hasValue(10.0 / 15);
        assertThat(stats.headacheRateWithoutBackPain()).hasValue(3.0 / 23);
        // Odds ratio and interval by hand, as in OddsRatioTest: 13.3333 (2.63816 to 67.3870).
        assertThat(stats.oddsRatio().getAsDouble()).isCloseTo(13.333333, within(1e-5));
        assertThat(stats.oddsRatioLow().getAsDouble()).isCloseTo(2.63816, within(1e-4));
        assertThat(stats.oddsRatioHigh().getAsDouble()).isCloseTo(67.3870, within(1e-3));
        // computed with exact rational arithmetic (see FisherExactTest): 0.001259160957587486.
        assertThat(stats.fisherP().getAsDouble()).isCloseTo(0.001259160957587486, withinPercentage(1e-7));
        // phi by hand: (10·20 − 5·3) / sqrt(15·23·13·25) = 185 / sqrt(112125) = 185 / 334.8507 = 0.552485.
        assertThat(stats.phi().getAsDouble()).isCloseTo(0.552485, within(1e-6));
        // With two severity values only (0 and 3), ranks are a linear map of the 0/1 flags, so rho equals phi.
        assertThat(stats.spearmanRho().getAsDouble()).isCloseTo(stats.phi().getAsDouble(), within(1e-12));
        assertThat(stats.shiftTestP()).isPresent();
    }

    @Test
    void thresholds_decideWhatCountsAsAPainDay() {
        // Back pain 3 is a back-pain day by default but not with threshold 5; likewise headache 2 with threshold 4.
        var days = List.of(point(0, 3, 2), point(1, 6, 0), point(2, 0, 4), point(3, 3, 0));
        assertThat(compute(days).table()).isEqualTo(new Table2x2(1, 2, 1, 0));
        assertThat(Cooccurrence.compute(days, new Thresholds(5, 4)).table()).isEqualTo(new Table2x2(0, 1, 1, 2));
    }

    @Test
    void duplicateDates_areRefused() {
        var days = List.of(point(0, 1, 1), point(1, 0, 0), point(0, 2, 0));
        assertThatThrownBy(() -> compute(days)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-01-01 is given more than once");
    }

    @Test
    void lagOne_pairsOnlyConsecutiveRecordedDays_inAnyInputOrder() {
        // Days 1..20 of a month, day 11 not recorded: 17 pairs (t, t+1), since (10, 11) and (11, 12) are lost.
        // Back pain on 1, 5, 9, 13, 17; headache on 2, 6, 10, 14, 18 (each the day after), 12 and 20.
        // Back pain on t and headache on t+1: all 5 back-pain days (a = 5, b = 0). Headache on t+1 without back
        // pain on t: day 20 only (day 12's eve is not recorded): c = 1; d = 17 − 6 = 11.
        Set<Integer> back = Set.of(1, 5, 9, 13, 17);
        Set<Integer> head = Set.of(2, 6, 10, 12, 14, 18, 20);
        List<DayPoint> days = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            if (d != 11) {
                days.add(point(d, back.contains(d) ? 4 : 0, head.contains(d) ? 6 : 0));
            }
        }
        Collections.shuffle(days, new Random(3));
        var stats = compute(days);
        // Same day: no back-pain day is a headache day: (0, 5, 7, 7) over 19 days.
        assertThat(stats.table()).isEqualTo(new Table2x2(0, 5, 7, 7));
        var lag = stats.lag1();
        assertThat(lag.table()).isEqualTo(new Table2x2(5, 0, 1, 11));
        assertThat(lag.pairs()).isEqualTo(17);
        // Haldane: (5.5 · 11.5) / (0.5 · 1.5) = 63.25 / 0.75 = 84.3333.
        assertThat(lag.oddsRatio().getAsDouble()).isCloseTo(84.333333, within(1e-5));
        // By hand: r1 = 5, r2 = 12, c1 = 6, C(17,6) = 12376; C(5,x)C(12,6−x) for x = 0..5 is
        // 924, 3960, 4950, 2200, 330, 12; only the observed x = 5 is this unlikely: p = 12/12376 = 0.000969619.
        assertThat(lag.fisherP().getAsDouble()).isCloseTo(12.0 / 12376, withinPercentage(1e-7));
        // computed with exact rational arithmetic (see FisherExactTest): 0.10603715170278638.
        assertThat(stats.fisherP().getAsDouble()).isCloseTo(0.10603715170278638, withinPercentage(1e-7));
    }

    @Test
    void shiftTest_onAWeeklyRhythm_andGapsBetweenRecordedDaysAreIgnored() {
        // 28 recorded days, both pains together every 7th day: 3 of the 15 offsets 7..21 (k = 7, 14, 21) line the
        // pain days up again, so p = 3/15 = 0.2 (see CircularShiftTest).
        List<DayPoint> consecutive = new ArrayList<>();
        List<DayPoint> withGaps = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            int pain = i % 7 == 0 ? 5 : 0;
            consecutive.add(point(i, pain, pain));
            withGaps.add(point(i < 10 ? i : i + 4, pain, pain));
        }
        assertThat(compute(consecutive).shiftTestP().getAsDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(compute(withGaps).shiftTestP().getAsDouble()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void fewerThanFourteenDays_givesCountsAndRatesButNoStatistics() {
        var stats = compute(TestDays.table(3, 2, 1, 3));
        assertThat(stats.enoughData()).isFalse();
        assertThat(stats.reason()).hasValue("Only 9 days are recorded in this range: record 5 more to "
                + "see how often back pain and headache fall on the same day.");
        assertThat(stats.table()).isEqualTo(new Table2x2(3, 2, 1, 3));
        assertThat(stats.recordedDays()).isEqualTo(9);
        assertThat(stats.headacheRateWithBackPain()).hasValue(3.0 / 5);
        assertThat(stats.headacheRateWithoutBackPain()).hasValue(1.0 / 4);
        assertThat(List.of(stats.oddsRatio(), stats.oddsRatioLow(), stats.oddsRatioHigh(), stats.fisherP(),
                stats.phi(), stats.spearmanRho(), stats.shiftTestP())).allMatch(value -> value.isEmpty());
        // Days a, a, a, b, b, c, d, d, d in a row: pairs (t, t+1) are 8, counted but not tested.
        assertThat(stats.lag1().pairs()).isEqualTo(8);
        assertThat(stats.lag1().table().total()).isEqualTo(8);
        assertThat(stats.lag1().oddsRatio()).isEmpty();
        assertThat(stats.lag1().fisherP()).isEmpty();
    }

    @Test
    void oneOrNoDays_areSaidInPlainWords() {
        assertThat(compute(List.of(point(0, 2, 2))).reason())
                .hasValue("Only 1 day is recorded in this range: record 13 more to see how often back "
                        + "pain and headache fall on the same day.");
        var empty = compute(List.of());
        assertThat(empty.reason()).hasValue("No days are recorded in this range: record at least 14 days "
                + "to see how often back pain and headache fall on the same day.");
        assertThat(empty.headacheRateWithBackPain()).isEmpty();
        assertThat(empty.headacheRateWithoutBackPain()).isEmpty();
        assertThat(empty.lag1().pairs()).isZero();
    }

    @Test
    void emptyMargin_saysWhatIsMissing() {
        assertThat(compute(TestDays.table(0, 0, 5, 15)).reason()).hasValue("No back-pain days in this range:"
                + " without them there is nothing to compare the other days with.");
        assertThat(compute(TestDays.table(0, 5, 0, 15)).reason()).hasValue("No headache days in this range:"
                + " without them there is no link with back pain to look for.");
        assertThat(compute(TestDays.table(5, 15, 0, 0)).reason()).hasValue("Every recorded day was a back-pain day"
                + " in this range: without days free of back pain there is nothing to compare them with.");
        assertThat(compute(TestDays.table(5, 0, 15, 0)).reason()).hasValue("Every recorded day was a headache day"
                + " in this range: without days free of headache there is no link with back pain to look for.");
        var noHeadache = compute(TestDays.table(0, 5, 0, 15));
        assertThat(noHeadache.enoughData()).isFalse();
        assertThat(noHeadache.headacheRateWithBackPain()).hasValue(0.0);
        assertThat(noHeadache.fisherP()).isEmpty();
    }

    @Test
    void emptyMarginReason_namesAThresholdOtherThanOne() {
        // Back pain 3 on 5 days: with threshold 5 there are no back-pain days at all.
        var stats = Cooccurrence.compute(TestDays.table(5, 5, 5, 5), new Thresholds(5, 1));
        assertThat(stats.reason()).hasValue("No back-pain days (back pain of 5 or more) in this range:"
                + " without them there is nothing to compare the other days with.");
    }

    @Test
    void tenYearsOfDays_matchTheExactPValue() {
        // 3,653 days making (412, 688, 731, 1822), shuffled over the calendar.
        var days = TestDays.table(412, 688, 731, 1822, 11L);
        var stats = compute(days);
        assertThat(stats.recordedDays()).isEqualTo(3653);
        // computed with exact rational arithmetic (see FisherExactTest): 1.8075899835854765e-07.
        assertThat(stats.fisherP().getAsDouble()).isCloseTo(1.8075899835854765e-07, withinPercentage(1e-7));
        assertThat(stats.shiftTestP()).isPresent();
    }
}
