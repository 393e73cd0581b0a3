package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.headback.diary.DateRange;
import org.headback.stats.DayPoint;
import org.headback.stats.Thresholds;
import org.headback.text.Dates;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** What a person reads on the charts: titles, axes, labels and counted words that say the truth, once. */
class ChartReadingTest {
    private static final LocalDate END = ChartsTest.END;

    private static List<String> texts(JFreeChart chart) {
        return chart.getSubtitles().stream().filter(TextTitle.class::isInstance)
                .map(title -> ((TextTitle) title).getText()).toList();
    }

    private static ChartInput oneDay() {
        return ChartInput.of(new DateRange(END, END), List.of(new DayPoint(END, 3, 4)), Thresholds.DEFAULT);
    }

    @Test
    void rangeLine_countsOneDayInTheSingular() {
        assertThat(texts(Charts.create(ChartKind.MONTHS, oneDay())))
                .anyMatch(line -> line.endsWith("1 recorded day of 1"));
        assertThat(ChartReport.lines(oneDay()).get(0)).endsWith("1 recorded day of 1.");
    }

    @Test
    void cooccurrence_saysItsSentenceOnce_andCountsDaysInTheSingular() {
        var input = ChartsTest.input(200);
        var chart = Charts.create(ChartKind.COOCCURRENCE, input);
        var sentence = texts(chart).stream().filter(line -> line.startsWith("Headache on ")).toList();
        assertThat(sentence).hasSize(1);
        var renderer = ((CategoryPlot) chart.getPlot()).getRenderer();
        var data = ((CategoryPlot) chart.getPlot()).getDataset();
        var labels = new ArrayList<String>();
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                labels.add(renderer.getItemLabelGenerator(row, column).generateLabel(data, row, column));
            }
        }
        assertThat(labels).allMatch(label -> label.matches("1 day|\\d+ days") && !label.equals("1 days"));
    }

    @Test
    void emptyTogetherChart_showsTheRangesDates_andSaysWhatItNeeds() {
        var range = DateRange.lastDays(90, END);
        var chart = Charts.create(ChartKind.TOGETHER, ChartInput.of(range, List.of(), Thresholds.DEFAULT));
        var plot = (XYPlot) chart.getPlot();
        var axis = (DateAxis) plot.getDomainAxis();
        assertThat(axis.getMinimumDate().toInstant())
                .isEqualTo(range.from().atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(axis.getDateFormatOverride().format(axis.getMinimumDate())).doesNotContain("00:00");
        assertThat(plot.getNoDataMessage()).isEqualTo("No days are recorded in this range: record 2 days to see "
                + "this chart.");
    }

    @Test
    void together_drawsTheHeadachePointInsideTheBackPainSquare_soBothShow() {
        var plot = (XYPlot) Charts.create(ChartKind.TOGETHER, ChartsTest.input(90)).getPlot();
        assertThat(plot.getSeriesRenderingOrder()).isEqualTo(SeriesRenderingOrder.FORWARD);
        var back = plot.getRenderer().getSeriesShape(0).getBounds2D();
        var headache = plot.getRenderer().getSeriesShape(1).getBounds2D();
        assertThat(back.contains(headache)).isTrue();
        assertThat(headache.getWidth()).isLessThan(back.getWidth());
    }

    @Test
    void months_namesTheChronicLineInTheLegend_notOverTheBars() {
        var plot = (CategoryPlot) Charts.create(ChartKind.MONTHS, ChartsTest.input(200)).getPlot();
        var marker = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(marker.getLabel()).isNull();
        var legend = plot.getLegendItems();
        assertThat(legend.get(legend.getItemCount() - 1).getLabel()).isEqualTo(MonthsChart.CHRONIC_LINE_LABEL);
    }

    @Test
    void calendar_titleDoesNotPromiseAYear_andMonthNamesNeverTouch() {
        assertThat(ChartKind.CALENDAR.title()).doesNotContain("year");
        for (int day = 0; day < 40; day++) {
            var start = LocalDate.of(2026, 3, 1).plusDays(day).with(java.time.DayOfWeek.MONDAY);
            var labels = CalendarChart.weekAxis(start, start, 53).getSymbols();
            int last = -10;
            for (int week = 0; week < labels.length; week++) {
                if (!labels[week].isEmpty()) {
                    assertThat(week - last).as("weeks between month names from " + start + ": " + Arrays
                            .toString(labels)).isGreaterThanOrEqualTo(CalendarChart.MONTH_LABEL_GAP);
                    last = week;
                }
            }
        }
    }

    @Test
    void calendar_weeksStartOnTheDayTheUsersCalendarStartsThem() {
        var first = Dates.ofUser().firstDayOfWeek();
        var plot = (XYPlot) Charts.create(ChartKind.CALENDAR, ChartsTest.input(60)).getPlot();

        assertThat(((SymbolAxis) plot.getRangeAxis()).getSymbols()[0])
                .isEqualTo(first.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        for (int day = 0; day < 7; day++) {
            var date = LocalDate.of(2026, 12, 1).plusDays(day);
            assertThat(CalendarChart.weekOf(date).getDayOfWeek()).isEqualTo(first);
            assertThat(CalendarChart.weekOf(date)).isBetween(date.minusDays(6), date);
        }
    }

    @Test
    void calendar_namesItsFirstWeekByTheRangesFirstDay() {
        var monday = LocalDate.of(2026, 8, 31);
        var labels = CalendarChart.weekAxis(monday, LocalDate.of(2026, 9, 3), 10).getSymbols();
        assertThat(labels[0]).isEqualTo("Sep");
        assertThat(labels[5]).isEqualTo("Oct");
    }

    @Test
    void evidence_figuresSitOnTheChartsGround_soTheLineAtOnePassesBehindThem() {
        var plot = (XYPlot) Charts.create(ChartKind.EVIDENCE, ChartsTest.input(200)).getPlot();
        var labels = plot.getAnnotations().stream().filter(XYTextAnnotation.class::isInstance)
                .map(XYTextAnnotation.class::cast).toList();
        assertThat(labels).hasSizeGreaterThan(8).allMatch(label -> label.getBackgroundPaint() != null);
        assertThat(plot.getRenderer(0).getDefaultItemLabelsVisible()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void darkWindowChart_hasADarkGroundAndLightText_whileTheExportStaysLight() {
        var input = ChartsTest.input(90);
        for (var kind : ChartKind.values()) {
            var dark = Charts.createForWindow(kind, input, ChartColours.DARK);
            assertThat(dark.getBackgroundPaint()).as(kind.code()).isEqualTo(ChartColours.DARK.background());
            assertThat(dark.getPlot().getBackgroundPaint()).isEqualTo(ChartColours.DARK.background());
            assertThat(dark.getTitle().getPaint()).isEqualTo(ChartColours.DARK.text());
            var light = Charts.create(kind, input);
            assertThat(light.getBackgroundPaint()).isEqualTo(ChartColours.LIGHT.background());
            assertThat(light.getTitle().getPaint()).isEqualTo(ChartColours.LIGHT.text());
        }
    }
}
