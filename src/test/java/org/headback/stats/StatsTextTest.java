package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headback.testing.TestDays.point;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.headback.testing.TestDays;
import org.junit.jupiter.api.Test;

class StatsTextTest {

    private static String summary(int a, int b, int c, int d) {
        return StatsText.summary(Cooccurrence.compute(TestDays.table(a, b, c, d), Thresholds.DEFAULT));
    }

    private static CooccurrenceStats withOddsRatio(double ratio, double low, double high) {
        var none = OptionalDouble.empty();
        return new CooccurrenceStats(new Table2x2(1, 1, 1, 1), 4, none, none, OptionalDouble.of(ratio),
                OptionalDouble.of(low), OptionalDouble.of(high), none, none, none,
                new LagStats(new Table2x2(0, 0, 0, 0), 0, none, none), none, true, Optional.empty());
    }

    @Test
    void summary_givesBothRatesAsWholePercentages() {
        // 18 of 29 back-pain days (62.07 %), 11 of 61 other days (18.03 %), 90 days in all.
        assertThat(summary(18, 11, 11, 50)).isEqualTo(
                "Headache on 62 % of your back-pain days and on 18 % of your other days (90 recorded days).");
    }

    @Test
    void summary_saysPlainlyWhenARateCannotBeGiven() {
        assertThat(summary(0, 0, 5, 15)).isEqualTo("No back-pain days in this range (20 recorded days).");
        // 5 of 20 back-pain days had a headache: 25 %.
        assertThat(summary(5, 15, 0, 0))
                .isEqualTo("Every recorded day was a back-pain day, with headache on 25 % of them (20 recorded days).");
        assertThat(summary(0, 0, 0, 0)).isEqualTo("No days are recorded in this range.");
    }

    @Test
    void summary_ofOneDay_isSingular() {
        assertThat(StatsText.summary(Cooccurrence.compute(List.of(point(0, 0, 4)), Thresholds.DEFAULT)))
                .isEqualTo("No back-pain days in this range (1 recorded day).");
        assertThat(StatsText.summary(Cooccurrence.compute(List.of(point(0, 2, 4)), Thresholds.DEFAULT)))
                .isEqualTo("The recorded day was a back-pain day with a headache (1 recorded day).");
    }

    @Test
    void oddsRatio_isWrittenWithItsInterval() {
        assertThat(StatsText.oddsRatio(withOddsRatio(3.2, 1.4, 7.5))).isEqualTo("odds ratio 3.2 (95 % CI 1.4–7.5)");
        // Hand-computed in OddsRatioTest: 13.3333 (2.63816 to 67.3870).
        assertThat(StatsText.oddsRatio(Cooccurrence.compute(TestDays.table(10, 5, 3, 20), Thresholds.DEFAULT)))
                .isEqualTo("odds ratio 13 (95 % CI 2.6–67)");
    }

    @Test
    void oddsRatio_absentPiecesAreDashes() {
        var notEnough = Cooccurrence.compute(TestDays.table(3, 2, 1, 3), Thresholds.DEFAULT);
        assertThat(StatsText.oddsRatio(notEnough)).isEqualTo("odds ratio — (95 % CI —)");
    }

    @Test
    void oddsRatio_everyNumberHasTwoSignificantFigures_whateverItsSize() {
        assertThat(StatsText.oddsRatio(withOddsRatio(48.3, 20.16, 121))).isEqualTo("odds ratio 48 (95 % CI 20–120)");
        assertThat(StatsText.oddsRatio(withOddsRatio(0.278912, 0.0131416, 0.999)))
                .isEqualTo("odds ratio 0.28 (95 % CI 0.013–1.0)");
    }

    @Test
    void figures_givePValuesWithTheirRelation_neverEqualsLessThan() {
        var strong = Cooccurrence.compute(TestDays.table(40, 5, 5, 40), Thresholds.DEFAULT);
        assertThat(StatsText.figures(strong)).singleElement().asString().contains("Fisher exact p < 0.001")
                .doesNotContain("= <");
        assertThat(StatsText.figures(Cooccurrence.compute(TestDays.table(3, 2, 1, 3), Thresholds.DEFAULT))).isEmpty();
    }

    @Test
    void headline_withoutAnyDay_saysWhatIsNeededOnce() {
        var none = Cooccurrence.compute(List.of(), Thresholds.DEFAULT);
        assertThat(StatsText.headline(none)).isEqualTo("No days are recorded in this range: record at least 14 days "
                + "to see how often back pain and headache fall on the same day.");
    }
}
