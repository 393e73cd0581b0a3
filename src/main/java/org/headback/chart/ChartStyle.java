package org.headback.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.headback.stats.StatsText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * What every chart carries so that it stands alone as an image: its title, the date range, the legend, and a
 * caption with the main figures (or the reason there are none), in one calm style.
 */
final class ChartStyle {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final String NOT_ENOUGH = "Not enough data to draw this chart";

    private ChartStyle() {
    }

    static JFreeChart finish(JFreeChart chart, ChartKind kind, ChartInput input) {
        return finish(chart, kind, input, captionLines(input));
    }

    /** As {@link #finish(JFreeChart, ChartKind, ChartInput)}, with a caption of the chart's own. */
    static JFreeChart finish(JFreeChart chart, ChartKind kind, ChartInput input, List<String> captionLines) {
        chart.setTitle(new TextTitle(kind.title(), TITLE));
        chart.getTitle().setPaint(Palette.TEXT);
        var range = new TextTitle(input.range().describe() + "  ·  " + input.days().size() + " recorded days of "
                + input.range().days(), SUBTITLE);
        range.setPaint(Palette.TEXT);
        chart.addSubtitle(range);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            chart.removeLegend();
        }
        // Titles at the bottom edge are stacked from the edge inwards: the last one added sits under the plot.
        var lines = new ArrayList<>(captionLines);
        Collections.reverse(lines);
        for (var line : lines) {
            var caption = new TextTitle(line, CAPTION);
            caption.setPosition(RectangleEdge.BOTTOM);
            caption.setHorizontalAlignment(HorizontalAlignment.LEFT);
            caption.setPaint(Palette.TEXT);
            caption.setMargin(new RectangleInsets(1, 8, 1, 8));
            chart.addSubtitle(caption);
        }
        chart.setBackgroundPaint(Color.WHITE);
        style(chart.getPlot());
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(SUBTITLE);
            chart.addSubtitle(legend);
        }
        return chart;
    }

    /** The figures a doctor needs with the picture: the plain sentence, the odds ratio, the thresholds. */
    static List<String> captionLines(ChartInput input) {
        var stats = input.stats();
        var thresholds = thresholdsLine(input);
        if (!stats.enoughData()) {
            return List.of(stats.reason().orElse(NOT_ENOUGH) + " " + StatsText.summary(stats),
                    thresholds);
        }
        var figures = new StringBuilder(StatsText.oddsRatio(stats));
        stats.fisherP().ifPresent(p -> figures.append("; Fisher exact p = ").append(formatP(p)));
        stats.shiftTestP().ifPresent(p -> figures.append("; shift test p = ").append(formatP(p)));
        figures.append('.');
        return List.of(StatsText.summary(stats), figures.toString(), thresholds);
    }

    /** What counts as a pain day, and that days not recorded are left out. */
    static String thresholdsLine(ChartInput input) {
        return "A back-pain day has back pain ≥ " + input.thresholds().backPain() + ", a headache day headache ≥ "
                + input.thresholds().headache() + " (0–10). Days not recorded are left out, never counted as "
                + "pain-free.";
    }

    static String formatP(double p) {
        if (p < 0.001) {
            return "< 0.001";
        }
        return String.format(Locale.ROOT, p < 0.01 ? "%.3f" : "%.2f", p);
    }

    private static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(SUBTITLE);
        plot.setNoDataMessagePaint(Palette.TEXT);
    }
}
