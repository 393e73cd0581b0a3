package org.headback.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.headback.diary.DateRange;
import org.headback.stats.StatsText;
import org.headback.text.Words;
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

    /**
     * A line of the caption under the plot: the figures an exported image carries so that it stands alone. The
     * window leaves these out and says the same once under the chart.
     */
    static final class Caption extends TextTitle {
        private static final long serialVersionUID = 1L;

        Caption(String line) {
            super(line, CAPTION);
        }
    }

    static JFreeChart finish(JFreeChart chart, ChartKind kind, ChartInput input) {
        return finish(chart, kind, input, captionLines(input));
    }

    /** As {@link #finish(JFreeChart, ChartKind, ChartInput)}, with a caption of the chart's own. */
    static JFreeChart finish(JFreeChart chart, ChartKind kind, ChartInput input, List<String> captionLines) {
        return finish(chart, kind.title(), rangeLine(input), captionLines);
    }

    /**
     * The one finish of every chart: its title, the line naming the range (or ranges) it covers, its caption, the
     * legend and the calm style.
     */
    static JFreeChart finish(JFreeChart chart, String title, String rangeLine, List<String> captionLines) {
        chart.setTitle(new TextTitle(title, TITLE));
        chart.getTitle().setPaint(Palette.TEXT);
        var range = new TextTitle(rangeLine, SUBTITLE);
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
            var caption = new Caption(line);
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
        var lines = new ArrayList<String>();
        lines.add(StatsText.headline(input.stats()));
        lines.addAll(StatsText.figures(input.stats()));
        lines.add(StatsText.thresholds(input.thresholds()));
        return lines;
    }

    /**
     * What an empty chart says instead of drawing: "No days are recorded in this range: record 2 days to see this
     * chart.", "Only 1 day is recorded in this range: record 1 more day to see this chart."
     */
    static String tooFewDays(ChartInput input, int needed) {
        int recorded = input.days().size();
        var still = recorded == 0 ? Words.count("day", needed) : Words.count("more-day", needed - recorded);
        return Words.format("chart.too-few", recorded, still);
    }

    /** "3 Sep 2026 – 1 Dec 2026  ·  78 recorded days of 90": the range and how much of it is recorded. */
    static String rangeLine(ChartInput input) {
        return rangeLine(input.range(), input.days().size());
    }

    /** "3 Sep 2026 – 1 Dec 2026  ·  78 recorded days of 90". */
    static String rangeLine(DateRange range, int recordedDays) {
        return range.describe() + "  ·  " + Words.format("recorded-of", recordedDays, range.days());
    }

    private static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(SUBTITLE);
        plot.setNoDataMessagePaint(Palette.TEXT);
    }
}
