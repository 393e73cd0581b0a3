package org.headback.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.headback.stats.Cooccurrence;
import org.headback.stats.CooccurrenceStats;
import org.headback.stats.DayPoint;
import org.headback.stats.Thresholds;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    /** Days with the four kinds in the given numbers: both, back pain only, headache only, neither. */
    static CooccurrenceStats stats(int both, int backOnly, int headacheOnly, int neither) {
        var days = new ArrayList<DayPoint>();
        var date = START;
        int[] counts = {both, backOnly, headacheOnly, neither};
        int[][] severities = {{5, 5}, {5, 0}, {0, 5}, {0, 0}};
        for (int kind = 0; kind < 4; kind++) {
            for (int i = 0; i < counts[kind]; i++) {
                days.add(new DayPoint(date, severities[kind][0], severities[kind][1]));
                date = date.plusDays(1);
            }
        }
        return Cooccurrence.compute(days, Thresholds.DEFAULT);
    }

    @Test
    void yours_withAClearAssociationOverManyDays_saysSoForTheseDays_andNotACause() {
        var text = EvidenceText.yours(stats(100, 40, 40, 100));
        assertThat(text).startsWith("Over the 280 recorded days of this range, your diary gives an odds ratio of 6.3 "
                + "(95 % CI ").contains("headaches were more common on your back-pain days than on your other days.")
                .contains("association on the same days, in one person, over this period")
                .contains("does not show that one causes the other")
                .contains("is not a study").contains("your diary compares your own days")
                .doesNotContain("interval is wide");
    }

    @Test
    void yours_overAFewWeeks_saysTheIntervalIsWide() {
        assertThat(EvidenceText.yours(stats(30, 10, 10, 30))).contains("95 % CI 3.3–25")
                .contains(EvidenceText.WIDE_INTERVAL);
    }

    @Test
    void yours_withAnIntervalIncludingOne_saysTheDaysDoNotShowEitherWay_andThatItIsWide() {
        var stats = stats(3, 5, 4, 6);
        assertThat(stats.enoughData()).isTrue();
        assertThat(stats.oddsRatioLow().getAsDouble()).isLessThan(1);
        assertThat(stats.oddsRatioHigh().getAsDouble()).isGreaterThan(1);
        var text = EvidenceText.yours(stats);
        assertThat(text).contains("the interval includes 1, so these days do not show whether headaches come more "
                + "or less often with your back pain").contains(EvidenceText.WIDE_INTERVAL)
                .doesNotContain("more common").doesNotContain("less common");
    }

    @Test
    void yours_withFewerHeadachesOnBackPainDays_saysLessCommon() {
        var text = EvidenceText.yours(stats(5, 40, 40, 5));
        assertThat(text).contains("headaches were less common on your back-pain days than on your other days.");
    }

    @Test
    void yours_withoutEnoughData_givesTheReasonAndNoFigure() {
        var stats = stats(2, 2, 2, 2);
        assertThat(stats.enoughData()).isFalse();
        var text = EvidenceText.yours(stats);
        assertThat(text).startsWith("Your diary gives no figure for this range (not enough data): Only 8 days are "
                + "recorded in this range: record 6 more to see how often back pain and headache fall on the same "
                + "day.").doesNotContain("odds ratio")
                .contains("is not a study");
    }

    @Test
    void published_countsTheFiguresAboveOne_andSaysWhichAreUncertain() {
        var text = EvidenceText.published(Evidence.bundled().rows());
        assertThat(text).isEqualTo("All 8 published figures are above 1 (from 1.6 to 9.5): in those studies, back "
                + "pain and headache were found together more often than chance would give. The interval of Ashina "
                + "2018 · chronic headache includes 1. 4 figures come without an interval in the source, so their "
                + "certainty cannot be judged.");
    }

    @Test
    void published_withSomeFiguresAtOrBelowOne_saysHowMany() {
        var rows = Evidence.bundled().rows();
        var below = new EvidenceRow("below", "S 2000", "S 2000 · x", "x", new java.math.BigDecimal("0.8"),
                java.util.Optional.empty(), java.util.Optional.empty(), "", "S, 2000.", java.util.Optional.empty(),
                java.util.Optional.empty());
        var mixed = new ArrayList<>(rows);
        mixed.add(below);
        assertThat(EvidenceText.published(mixed)).startsWith("8 of the 9 published figures are above 1 (from 1.6 "
                + "to 9.5)").contains("5 figures come without an interval");
        assertThat(EvidenceText.published(List.of(below))).startsWith("0 of the 1 published figures are above 1.");
    }

    @Test
    void paragraph_putsTheUsersFigureFirst_thenThePublishedOnes() {
        var text = EvidenceText.paragraph(stats(30, 10, 10, 30), Evidence.bundled());
        assertThat(text.indexOf("your diary gives")).isLessThan(text.indexOf("published figures are above 1"));
    }
}
