package org.headback.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.headback.diary.DayStatus;
import org.headback.text.Dates;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * For each calendar month: back-pain days, headache days and days with both, side by side (and the attacks, when the
 * range has any: a month can have more attacks than headache days, and a diary kept the old way has none), with the
 * line at 15
 * headache days a month that ICHD-3 uses for chronic headache. Each month's label says how many days were recorded,
 * since a month half recorded has fewer pain days to show.
 */
final class MonthsChart {
    static final int CHRONIC_HEADACHE_DAYS = 15;
    static final String CHRONIC_LINE_LABEL = "15 headache days a month (ICHD-3 line for chronic headache)";
    private static final BasicStroke CHRONIC_LINE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f);
    /** The series of attacks per month, drawn only when the range has an attack. */
    static final String ATTACKS = "Attacks";
    private static final String ATTACK_SIGN = "◆";
    /** Up to this many months, each bar carries its sign; beyond, the signs would crowd the bars. */
    static final int SIGNED_MONTHS = 24;

    private MonthsChart() {
    }

    static JFreeChart create(ChartInput input) {
        var dataset = new DefaultCategoryDataset();
        var months = input.days().isEmpty() ? Map.<YearMonth, String>of() : fill(dataset, input);
        var categories = new CategoryAxis("Month (days recorded)");
        if (dataset.getColumnCount() > 8) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        var counts = new NumberAxis(input.hasAttacks() ? "Days, or attacks, in the month" : "Days in the month");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setUpperBound(upperBound(dataset));
        var plot = new CategoryPlot(dataset, categories, counts, renderer(dataset.getColumnCount() <= SIGNED_MONTHS));
        plot.setNoDataMessage(ChartStyle.tooFewDays(input, 1));
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.addRangeMarker(chronicLine());
        var legend = plot.getLegendItems();
        legend.add(new LegendItem(CHRONIC_LINE_LABEL, null, null, null, new Line2D.Double(-9, 0, 9, 0), CHRONIC_LINE,
                Palette.TEXT));
        plot.setFixedLegendItems(legend);
        CourseBands.addTo(plot, input, months);
        return ChartStyle.finish(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), ChartKind.MONTHS,
                input);
    }

    /** Fills in the months' counts; returns each month's label. */
    private static Map<YearMonth, String> fill(DefaultCategoryDataset dataset, ChartInput input) {
        var labels = new HashMap<YearMonth, String>();
        var byDate = input.byDate();
        var last = YearMonth.from(input.range().to());
        for (var month = YearMonth.from(input.range().from()); !month.isAfter(last); month = month.plusMonths(1)) {
            int back = 0;
            int headache = 0;
            int both = 0;
            int recorded = 0;
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                var point = byDate.get(month.atDay(d));
                if (point != null) {
                    recorded++;
                    back += input.isBackPainDay(point) ? 1 : 0;
                    headache += input.isHeadacheDay(point) ? 1 : 0;
                    both += input.isBackPainDay(point) && input.isHeadacheDay(point) ? 1 : 0;
                }
            }
            var label = Dates.ofUser().shortMonth(month) + " (" + recorded + ")";
            labels.put(month, label);
            dataset.addValue(back, "Back-pain days", label);
            dataset.addValue(headache, "Headache days", label);
            dataset.addValue(both, "Days with both", label);
            if (input.hasAttacks()) {
                dataset.addValue(attacksIn(input, month), ATTACKS, label);
            }
        }
        return labels;
    }

    /** Room for a whole month of days, and for more attacks than days when a month had several a day. */
    static double upperBound(CategoryDataset dataset) {
        double most = 31;
        for (int row = 0; row < dataset.getRowCount(); row++) {
            for (int column = 0; column < dataset.getColumnCount(); column++) {
                var value = dataset.getValue(row, column);
                most = value == null ? most : Math.max(most, value.doubleValue());
            }
        }
        return most + 0.5;
    }

    private static int attacksIn(ChartInput input, YearMonth month) {
        return input.attacks().entrySet().stream().filter(day -> YearMonth.from(day.getKey()).equals(month))
                .mapToInt(Map.Entry::getValue).sum();
    }

    private static BarRenderer renderer(boolean signs) {
        var renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, Palette.BACK_PAIN);
        renderer.setSeriesPaint(1, Palette.HEADACHE);
        renderer.setSeriesPaint(2, Palette.BOTH);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Palette.TEXT);
        renderer.setSeriesOutlineStroke(0, Palette.BACK_PAIN_OUTLINE);
        renderer.setSeriesOutlineStroke(1, Palette.HEADACHE_OUTLINE);
        renderer.setSeriesOutlineStroke(2, Palette.BOTH_OUTLINE);
        renderer.setSeriesPaint(3, Palette.ATTACKS);
        renderer.setSeriesOutlineStroke(3, Palette.ATTACKS_OUTLINE);
        if (signs) {
            var sign = new String[] {DayStatus.BACK_PAIN_ONLY.sign(), DayStatus.HEADACHE_ONLY.sign(),
                DayStatus.BOTH.sign(), ATTACK_SIGN};
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
                private static final long serialVersionUID = 1L;

                @Override
                public String generateLabel(CategoryDataset data, int row, int column) {
                    var value = data.getValue(row, column);
                    return value == null || value.intValue() == 0 ? null : sign[row];
                }
            });
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        }
        return renderer;
    }

    private static ValueMarker chronicLine() {
        return new ValueMarker(CHRONIC_HEADACHE_DAYS, Palette.TEXT, CHRONIC_LINE);
    }
}
