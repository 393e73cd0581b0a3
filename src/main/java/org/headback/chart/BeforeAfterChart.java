package org.headback.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headback.stats.StatsText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Before and after: each measure per 30 recorded days in the range before (light grey, dashed outline) and the
 * range after (blue, solid outline), side by side; under each pair its change with the 95 % interval and the
 * p-value in words. Both ranges are named with their recorded days; without enough data the plot says why.
 */
final class BeforeAfterChart {
    static final String TITLE = "Before and after";
    static final String BEFORE = "Before";
    static final String AFTER = "After";
    static final String AXIS = "Days per 30 recorded days";
    /** The range before in light grey, the range after in Okabe–Ito blue: apart in lightness as in colour. */
    static final Color BEFORE_COLOUR = Palette.RECORDED;
    static final Color AFTER_COLOUR = Palette.HEADACHE;
    private static final Font CHANGE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 11);
    /** Room above the tallest bar. */
    private static final double HEADROOM = 1.12;

    private BeforeAfterChart() {
    }

    static JFreeChart create(BeforeAfterInput input) {
        var comparison = input.comparison();
        var dataset = new DefaultCategoryDataset();
        var axis = new ChangeAxis();
        double highest = 1;
        for (var change : comparison.changes()) {
            var measure = change.measure().label();
            dataset.addValue(change.beforePer30(), BEFORE, measure);
            dataset.addValue(change.afterPer30(), AFTER, measure);
            axis.changes.put(measure, StatsText.compareChangeParts(change));
            highest = Math.max(highest, Math.max(change.beforePer30(), change.afterPer30()));
        }
        var values = new NumberAxis(AXIS);
        values.setRange(0, Math.min(30, highest) * HEADROOM);
        var plot = new CategoryPlot(dataset, axis, values, renderer());
        comparison.reason().ifPresent(plot::setNoDataMessage);
        plot.setRangeGridlinePaint(Palette.GRID);
        return ChartStyle.finish(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), TITLE,
                rangeLine(input), caption(input));
    }

    /** The change with its 95 % interval and p-value under each measure's pair: "change −3.1", "95 % CI …", "p". */
    static List<String> changeUnder(JFreeChart chart, String measure) {
        return ((ChangeAxis) ((CategoryPlot) chart.getPlot()).getDomainAxis()).changes.getOrDefault(measure,
                List.of());
    }

    /** The measures' axis, each name with its change on the lines under it, in the axis's own paint. */
    private static final class ChangeAxis extends CategoryAxis {
        private static final long serialVersionUID = 1L;
        private final Map<String, List<String>> changes = new HashMap<>();

        ChangeAxis() {
            setMaximumCategoryLabelLines(2);
            setCategoryMargin(0.3);
        }

        @Override
        protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            var label = super.createLabel(category, width, edge, g2);
            for (var line : changes.getOrDefault(String.valueOf(category), List.of())) {
                label.addLine(new TextLine(line, CHANGE_FONT, getTickLabelPaint(category)));
            }
            return label;
        }
    }

    /** "Before: 1 Mar 2026 – 30 Apr 2026 · 58 recorded days of 61", and under it "After: …". */
    static String rangeLine(BeforeAfterInput input) {
        return BEFORE + ": " + ChartStyle.rangeLine(input.before(), input.comparison().beforeDays()) + "\n"
                + AFTER + ": " + ChartStyle.rangeLine(input.after(), input.comparison().afterDays());
    }

    /** The four lines (or why there are none), the caution and what a pain day is. */
    static List<String> caption(BeforeAfterInput input) {
        var lines = new ArrayList<String>();
        input.comparison().reason().ifPresent(lines::add);
        input.comparison().changes().forEach(change -> lines.add(StatsText.compareLine(change)));
        lines.add(StatsText.COMPARE_CAUTION);
        lines.add(StatsText.thresholds(input.thresholds()));
        return lines;
    }

    private static BarRenderer renderer() {
        var renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.06);
        renderer.setSeriesPaint(0, BEFORE_COLOUR);
        renderer.setSeriesOutlinePaint(0, Palette.TEXT);
        renderer.setSeriesOutlineStroke(0, Palette.HEADACHE_OUTLINE);
        renderer.setSeriesPaint(1, AFTER_COLOUR);
        renderer.setSeriesOutlinePaint(1, Palette.TEXT);
        renderer.setSeriesOutlineStroke(1, new BasicStroke(2f));
        return renderer;
    }
}
