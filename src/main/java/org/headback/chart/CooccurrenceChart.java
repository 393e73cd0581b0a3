package org.headback.chart;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headback.stats.CooccurrenceStats;
import org.headback.stats.StatsText;
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
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The 2×2 table of recorded days, drawn as the share of back-pain days and of other days that had a headache,
 * with the table and the statistics in words beside it. Without enough data it shows the reason, not numbers.
 */
final class CooccurrenceChart {
    static final String SHIFT_TEST_SENTENCE = "Pain days come in runs, so neighbouring days are not independent; "
            + "the shift test slides your headache days a week or more against your back-pain days, keeping their "
            + "runs, and asks how often that lines up as many shared days as you had.";

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
        var chart = ChartStyle.finish(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true),
                ChartKind.COOCCURRENCE, input);
        if (stats.enoughData()) {
            var sentence = new TextTitle(StatsText.summary(stats), new Font(Font.SANS_SERIF, Font.BOLD, 14));
            sentence.setPaint(Palette.TEXT);
            chart.addSubtitle(1, sentence);
        }
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

    /** The table and the other figures, line by line. */
    static List<String> details(CooccurrenceStats stats) {
        var t = stats.table();
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "%-16s %14s %14s", "", "headache day", "no headache"));
        lines.add(String.format(Locale.ROOT, "%-16s %14d %14d", "back-pain day", t.both(), t.backOnly()));
        lines.add(String.format(Locale.ROOT, "%-16s %14d %14d", "other day", t.headacheOnly(), t.neither()));
        lines.addAll(moreFigures(stats));
        return lines;
    }

    /** The figures beyond the table (phi, Spearman's rho, the next day, the shift test); none without enough data. */
    static List<String> moreFigures(CooccurrenceStats stats) {
        var lines = new ArrayList<String>();
        if (!stats.enoughData()) {
            return lines;
        }
        stats.phi().ifPresent(phi -> lines.add(String.format(Locale.ROOT,
                "phi = %.2f (association of the two kinds of day, −1 to 1)", phi)));
        stats.spearmanRho().ifPresent(rho -> lines.add(String.format(Locale.ROOT,
                "Spearman rho = %.2f (do worse back days go with worse headaches?)", rho)));
        var lag = stats.lag1();
        lag.oddsRatio().ifPresent(or -> lines.add(String.format(Locale.ROOT,
                "next day: headache the day after a back-pain day, odds ratio %.2f%s over %d pairs of days", or,
                lag.fisherP().isPresent() ? ", p = " + ChartStyle.formatP(lag.fisherP().getAsDouble()) : "",
                lag.pairs())));
        stats.shiftTestP().ifPresent(p -> lines.add("shift test p = " + ChartStyle.formatP(p) + ": "
                + "how often shifted days share as many days as yours"));
        return lines;
    }

    private static StackedBarRenderer renderer() {
        var renderer = new StackedBarRenderer(true);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.HEADACHE);
        renderer.setSeriesPaint(1, new Color(0xEE, 0xEE, 0xEE));
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Palette.TEXT);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} days",
                NumberFormat.getIntegerInstance(Locale.ENGLISH)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setSeriesItemLabelPaint(0, Color.WHITE);
        renderer.setSeriesItemLabelPaint(1, Palette.TEXT);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        renderer.setMaximumBarWidth(0.3);
        return renderer;
    }
}
