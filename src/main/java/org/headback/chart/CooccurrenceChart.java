package org.headback.chart;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headback.stats.CooccurrenceStats;
import org.headback.stats.StatsText;
import org.headback.text.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The 2×2 table of recorded days, drawn as the share of back-pain days and of other days that had a headache,
 * with the table and the statistics in words beside it. Without enough data it shows the reason, not numbers.
 */
final class CooccurrenceChart {
    private CooccurrenceChart() {
    }

    static JFreeChart create(ChartInput input) {
        var stats = input.stats();
        var dataset = new DefaultCategoryDataset();
        if (stats.enoughData()) {
            var table = stats.table();
            var withBack = "Back-pain days (" + (table.both() + table.backOnly()) + ")";
            var other = "Other days (" + (table.headacheOnly() + table.neither()) + ")";
            dataset.addValue(table.both(), "With headache", withBack);
            dataset.addValue(table.backOnly(), "Without headache", withBack);
            dataset.addValue(table.headacheOnly(), "With headache", other);
            dataset.addValue(table.neither(), "Without headache", other);
        }
        var share = new NumberAxis("Share of the days");
        share.setRange(0, 1);
        share.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ENGLISH));
        var plot = new CategoryPlot(dataset, new CategoryAxis(null), share, renderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setNoDataMessage(stats.reason().orElse(ChartStyle.NOT_ENOUGH));
        plot.setRangeGridlinePaint(Palette.GRID);
        // Room on the right for half of the last tick label, "100%".
        plot.setInsets(new RectangleInsets(4, 4, 4, 24));
        var chart = ChartStyle.finish(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true),
                ChartKind.COOCCURRENCE, input);
        var lines = details(stats);
        for (int i = lines.size() - 1; i >= 0; i--) {
            var line = lines.get(i);
            var title = new TextTitle(line, new Font(Font.MONOSPACED, Font.PLAIN, 12));
            title.setPosition(RectangleEdge.BOTTOM);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setPaint(Palette.TEXT);
            title.setMargin(new RectangleInsets(0, 8, 0, 8));
            chart.addSubtitle(title);
        }
        return chart;
    }

    /** The table and the other figures, line by line; the table alone without enough data. */
    static List<String> details(CooccurrenceStats stats) {
        var lines = new ArrayList<>(StatsText.table(stats));
        lines.addAll(StatsText.moreFigures(stats));
        return lines;
    }

    /** "1 day", "19 days" on each bar. */
    private static final class DaysLabel extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            var value = dataset.getValue(row, column);
            return value == null ? null : Words.count("day", value.longValue());
        }
    }

    private static StackedBarRenderer renderer() {
        var renderer = new StackedBarRenderer(true);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.HEADACHE);
        renderer.setSeriesPaint(1, new Color(0xEE, 0xEE, 0xEE));
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Palette.TEXT);
        renderer.setDefaultItemLabelGenerator(new DaysLabel());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setSeriesItemLabelPaint(0, Color.WHITE);
        renderer.setSeriesItemLabelPaint(1, Palette.TEXT);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        renderer.setMaximumBarWidth(0.3);
        return renderer;
    }
}
