package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.headback.diary.DateRange;
import org.headback.stats.Cooccurrence;
import org.headback.stats.FactorAnalysis;
import org.headback.stats.FactorDay;
import org.headback.stats.FactorSettings;
import org.headback.stats.Thresholds;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The Factors chart: each factor's odds ratios, sorted by effect, back pain marked, the rest listed in words. */
class FactorsChartTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 4, 1);

    /** 40 days: coffee with most headaches, back pain on alternate days, a walk known on only 10 days. */
    static ChartInput input() {
        var days = new ArrayList<FactorDay>();
        for (int i = 0; i < 40; i++) {
            var known = new HashMap<String, Boolean>();
            known.put("coffee", i < 16);
            if (i >= 30) {
                known.put("walk", i % 2 == 0);
            }
            boolean headache = i < 12 || (i >= 25 && i < 28);
            days.add(new FactorDay(FIRST.plusDays(i), i % 3 == 0 ? 5 : 0, headache ? 6 : 0, OptionalDouble.empty(),
                    OptionalInt.empty(), known));
        }
        var points = days.stream().map(FactorDay::point).toList();
        var range = new DateRange(FIRST, FIRST.plusDays(39));
        return new ChartInput(range, points, Thresholds.DEFAULT, Cooccurrence.compute(points, Thresholds.DEFAULT),
                Map.of(), List.of(), FactorAnalysis.compute(days, List.of("coffee", "walk"), FactorSettings.DEFAULT));
    }

    @Test
    void rows_areTheFactorsWithEnoughData_theLargestEffectOnTop_backPainNamedAsTheArticlesQuestion() {
        var plot = (XYPlot) Charts.create(ChartKind.FACTORS, input()).getPlot();

        var rows = ((SymbolAxis) plot.getRangeAxis()).getSymbols();
        assertThat(rows).containsExactly("Back pain (1 or more)" + FactorsChart.ARTICLES, "coffee");
        var dataset = (XIntervalSeriesCollection) plot.getDataset();
        assertThat(dataset.getSeriesCount()).isEqualTo(2);
        assertThat(dataset.getSeries(0).getKey()).isEqualTo(FactorsChart.SAME_DAY);
        assertThat(dataset.getSeries(1).getKey()).isEqualTo(FactorsChart.NEXT_DAY);
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND)).isNull();
        var bands = plot.getRangeMarkers(Layer.BACKGROUND).stream().map(IntervalMarker.class::cast).toList();
        assertThat(bands).singleElement().satisfies(band -> assertThat(band.getStartValue()).isEqualTo(-0.5));
    }

    @Test
    void aFactorThatGoesWithMoreHeadaches_saysSoInWords_andOneWithoutEnoughDataIsListedWithItsCounts() {
        var chart = Charts.create(ChartKind.FACTORS, input());
        var plot = (XYPlot) chart.getPlot();

        var verdicts = plot.getAnnotations().stream().map(XYTextAnnotation.class::cast)
                .map(XYTextAnnotation::getText).toList();
        assertThat(verdicts).contains("same day: goes with more headaches  ·  next day: goes with more headaches");
        assertThat(FactorsChart.caption(input())).contains(
                "Not enough data: walk — known on 10 days: at least 14 are needed.",
                "Not enough data: Short sleep (under 6 h) — known on 0 days: at least 14 are needed.");
    }

    @Test
    void withNoFactorToDraw_thePlotSaysSo_andTheCaptionStillListsEvery() {
        var range = new DateRange(FIRST, FIRST.plusDays(9));
        var input = ChartInput.of(range, List.of(), Thresholds.DEFAULT);

        var plot = (XYPlot) Charts.create(ChartKind.FACTORS, input).getPlot();

        assertThat(plot.getNoDataMessage()).startsWith("Not enough data for any factor");
        assertThat(FactorsChart.caption(input)).filteredOn(line -> line.startsWith("Not enough data:")).hasSize(3);
    }
}
