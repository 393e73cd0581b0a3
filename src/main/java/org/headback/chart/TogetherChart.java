package org.headback.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.headback.text.Dates;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Back pain and headache on one date axis. Up to about four months, each day's severities; longer, weekly counts
 * of days with each symptom, because counts of days are what the co-occurrence figures are about, and they do not
 * blur a bad day into a week's average. Days with both are marked on the axis. Days not recorded are gaps.
 */
final class TogetherChart {
    /** Up to this many days, daily severities; beyond it, weekly counts. */
    static final int DAILY_LIMIT = 123;
    /** Where the "both" marks sit: just under zero, on the axis. */
    static final double AXIS_MARK = -0.45;

    private TogetherChart() {
    }

    static JFreeChart create(ChartInput input) {
        var weekly = input.range().days() > DAILY_LIMIT;
        var dataset = weekly ? weekly(input) : daily(input);
        var dateAxis = new DateAxis(weekly ? "Week" : "Day");
        // The range's own dates, also with nothing to draw (an empty axis would read "00:00:00.000").
        dateAxis.setRange(Date.from(input.range().from().atStartOfDay(ZoneId.systemDefault()).toInstant()),
                Date.from(input.range().to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        dateAxis.setDateFormatOverride(Dates.ofUser().dayAndMonthFormat());
        var valueAxis = new NumberAxis(weekly ? "Days in the week" : "Severity (0 none – 10 worst)");
        valueAxis.setRange(-0.9, weekly ? 7.4 : 10.4);
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var plot = new XYPlot(input.days().size() < 2 ? new TimeSeriesCollection() : dataset, dateAxis, valueAxis,
                renderer(weekly));
        plot.setNoDataMessage(ChartStyle.tooFewDays(input, 2));
        // Series in order, so the headache circle sits inside the back-pain square of a day with equal values.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        CourseBands.addTo(plot, input);
        return ChartStyle.finish(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), ChartKind.TOGETHER,
                input);
    }

    private static TimeSeriesCollection daily(ChartInput input) {
        var back = new TimeSeries("Back pain");
        var headache = new TimeSeries("Headache");
        var both = new TimeSeries("Both on the same day (marked on the axis)");
        var byDate = input.byDate();
        for (var date = input.range().from(); !date.isAfter(input.range().to()); date = date.plusDays(1)) {
            var day = day(date);
            var point = byDate.get(date);
            // A day without a record is a gap (null), never a zero.
            back.add(day, point == null ? null : point.backPain());
            headache.add(day, point == null ? null : point.headache());
            boolean onBoth = point != null && input.isBackPainDay(point) && input.isHeadacheDay(point);
            both.add(day, onBoth ? AXIS_MARK : null);
        }
        return collection(back, headache, both);
    }

    private static TimeSeriesCollection weekly(ChartInput input) {
        var back = new TimeSeries("Days with back pain");
        var headache = new TimeSeries("Days with headache");
        var both = new TimeSeries("Days with both");
        var recorded = new TimeSeries("Days recorded");
        var byDate = input.byDate();
        var monday = input.range().from().with(DayOfWeek.MONDAY);
        for (var week = monday; !week.isAfter(input.range().to()); week = week.plusWeeks(1)) {
            int backDays = 0;
            int headacheDays = 0;
            int bothDays = 0;
            int recordedDays = 0;
            for (var date = week; date.isBefore(week.plusWeeks(1)); date = date.plusDays(1)) {
                var point = input.range().contains(date) ? byDate.get(date) : null;
                if (point != null) {
                    recordedDays++;
                    backDays += input.isBackPainDay(point) ? 1 : 0;
                    headacheDays += input.isHeadacheDay(point) ? 1 : 0;
                    bothDays += input.isBackPainDay(point) && input.isHeadacheDay(point) ? 1 : 0;
                }
            }
            var day = day(week);
            boolean any = recordedDays > 0;
            back.add(day, any ? backDays : null);
            headache.add(day, any ? headacheDays : null);
            both.add(day, any ? bothDays : null);
            recorded.add(day, recordedDays);
        }
        return collection(back, headache, both, recorded);
    }

    private static TimeSeriesCollection collection(TimeSeries... series) {
        var collection = new TimeSeriesCollection();
        for (var one : series) {
            collection.addSeries(one);
        }
        return collection;
    }

    private static XYLineAndShapeRenderer renderer(boolean weekly) {
        var renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Palette.BACK_PAIN);
        renderer.setSeriesStroke(0, Palette.BACK_PAIN_LINE);
        renderer.setSeriesShape(0, new Rectangle2D.Double(-4.5, -4.5, 9, 9));
        renderer.setSeriesPaint(1, Palette.HEADACHE);
        renderer.setSeriesStroke(1, Palette.HEADACHE_LINE);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(2, Palette.BOTH);
        renderer.setSeriesShape(2, ShapeUtils.createDiamond(5.5f));
        renderer.setSeriesLinesVisible(2, weekly);
        renderer.setSeriesStroke(2, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {1.5f, 4f}, 0f));
        if (weekly) {
            renderer.setSeriesPaint(3, Palette.RECORDED);
            renderer.setSeriesShapesVisible(3, false);
            renderer.setSeriesStroke(3, new BasicStroke(1f));
        }
        renderer.setDrawSeriesLineAsPath(false);
        return renderer;
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
