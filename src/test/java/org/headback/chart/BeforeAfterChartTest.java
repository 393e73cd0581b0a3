package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.headback.diary.DateRange;
import org.headback.stats.Comparison;
import org.headback.stats.Measure;
import org.headback.stats.MeasureChange;
import org.headback.stats.StatsText;
import org.headback.stats.Thresholds;
import org.headback.text.Dates;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The before/after chart: both ranges' bars per measure, each change in words over its pair, or why there are none. */
class BeforeAfterChartTest {
    private static final DateRange BEFORE = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
    private static final DateRange AFTER = new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 29));

    private static BeforeAfterInput enough() {
        var changes = List.of(
                new MeasureChange(Measure.HEADACHE_DAYS, 17.1, 6.0, -11.1, -16.6, -4.3, 0.016),
                new MeasureChange(Measure.MIGRAINE_DAYS, 6.0, 3.0, -3.0, -6.5, 0.5, 0.21),
                new MeasureChange(Measure.ACUTE_MEDICATION_DAYS, 9.0, 4.5, -4.5, -8.0, -1.0, 0.04),
                new MeasureChange(Measure.BACK_PAIN_DAYS, 12.0, 12.5, 0.5, -3.0, 4.0, 0.8));
        return new BeforeAfterInput(BEFORE, AFTER, new Comparison(58, 60, changes, Optional.empty()),
                Thresholds.DEFAULT);
    }

    @Test
    void bars_areEachMeasureBeforeAndAfter_per30RecordedDays() {
        var plot = (CategoryPlot) Charts.beforeAfter(enough()).getPlot();

        CategoryDataset dataset = plot.getDataset();
        assertThat(dataset.getRowKeys()).containsExactly(BeforeAfterChart.BEFORE, BeforeAfterChart.AFTER);
        assertThat(dataset.getColumnKeys()).containsExactly("Headache days", "Migraine days",
                Measure.ACUTE_MEDICATION_DAYS.label(), Measure.BACK_PAIN_DAYS.label());
        assertThat(dataset.getValue(BeforeAfterChart.BEFORE, "Headache days").doubleValue()).isEqualTo(17.1);
        assertThat(dataset.getValue(BeforeAfterChart.AFTER, "Headache days").doubleValue()).isEqualTo(6.0);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(17.1);
    }

    @Test
    void beforeAndAfter_differInColour_andInOutline() {
        var renderer = (BarRenderer) ((CategoryPlot) Charts.beforeAfter(enough()).getPlot()).getRenderer();

        assertThat(renderer.getSeriesPaint(0)).isNotEqualTo(renderer.getSeriesPaint(1));
        assertThat(renderer.isDrawBarOutline()).isTrue();
        var before = (BasicStroke) renderer.getSeriesOutlineStroke(0);
        var after = (BasicStroke) renderer.getSeriesOutlineStroke(1);
        assertThat(before.getDashArray()).isNotNull();
        assertThat(after.getDashArray()).isNull();
    }

    @Test
    void eachPair_carriesItsChangeIntervalAndP_inWords_underIt() {
        var chart = Charts.beforeAfter(enough());

        assertThat(BeforeAfterChart.changeUnder(chart, "Headache days")).containsExactly("change −11.1",
                "95 % CI −16.6 to −4.3", "p = 0.02");
        assertThat(BeforeAfterChart.changeUnder(chart, "Back-pain days")).containsExactly("change 0.5",
                "95 % CI −3.0 to 4.0", "p = 0.80");
    }

    @Test
    void bothRanges_areNamedWithTheirRecordedDays_andTheCaptionCarriesTheLinesAndTheCaution() {
        var chart = Charts.beforeAfter(enough());

        var titles = chart.getSubtitles().stream().filter(TextTitle.class::isInstance).map(TextTitle.class::cast)
                .map(TextTitle::getText).toList();
        var shown = Dates.ofUser();
        assertThat(titles).contains("Before: " + shown.shown(BEFORE.from()) + " – " + shown.shown(BEFORE.to())
                + "  ·  58 recorded days of 61\nAfter: " + shown.shown(AFTER.from()) + " – "
                + shown.shown(AFTER.to()) + "  ·  60 recorded days of 60");
        assertThat(titles).contains(StatsText.compareLine(enough().comparison().changes().get(0)),
                StatsText.COMPARE_CAUTION);
        assertThat(chart.getTitle().getText()).isEqualTo("Before and after");
    }

    @Test
    void withoutEnoughData_thePlotSaysWhy_andDrawsNoBars() {
        var reason = "Not enough data: the range before has 9 recorded days; at least 14 are needed in each.";
        var input = new BeforeAfterInput(BEFORE, AFTER, new Comparison(9, 60, List.of(), Optional.of(reason)),
                Thresholds.DEFAULT);
        var chart = Charts.beforeAfter(input);
        var plot = (CategoryPlot) chart.getPlot();

        assertThat(plot.getDataset().getColumnCount()).isZero();
        assertThat(plot.getNoDataMessage()).isEqualTo(reason);
        assertThat(BeforeAfterChart.changeUnder(chart, "Headache days")).isEmpty();
    }

    @Test
    void theWindowsChart_leavesTheCaptionOut_keepingTheRanges() {
        var chart = Charts.beforeAfterWithoutCaption(enough(), ChartColours.LIGHT);

        var titles = chart.getSubtitles().stream().filter(TextTitle.class::isInstance).map(TextTitle.class::cast)
                .map(TextTitle::getText).toList();
        assertThat(titles).noneMatch(StatsText.COMPARE_CAUTION::equals)
                .anySatisfy(title -> assertThat(title).startsWith("Before: "));
    }
}
