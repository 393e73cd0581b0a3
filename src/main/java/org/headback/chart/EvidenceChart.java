package org.headback.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.headback.evidence.Evidence;
import org.headback.evidence.EvidenceRow;
import org.headback.evidence.EvidenceText;
import org.headback.stats.CooccurrenceStats;
import org.headback.stats.StatsText;
import org.headback.text.Figures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A forest plot: the published odds ratios for back pain and headache together, each with its 95 % interval on a
 * log axis (a point alone where the source gives no interval), and above them the user's own odds ratio from the
 * diary, drawn apart in colour, shape, line weight and label. The line at 1 means no association.
 */
final class EvidenceChart {
    static final String YOURS = "Your diary";
    static final String WITH_INTERVAL = "Published, with 95 % interval";
    static final String WITHOUT_INTERVAL = "Published, " + EvidenceRow.NO_INTERVAL;
    static final String YOURS_SERIES = "Your diary, with 95 % interval";
    private static final Font LABEL_FONT = ForestPlot.LABEL_FONT;
    private static final Font YOURS_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    /** How far above its row, in rows, a figure's label sits: clear of the point and of its caps. */
    private static final double LABEL_LIFT = 0.2;

    private EvidenceChart() {
    }

    static JFreeChart create(ChartInput input) {
        return create(input, Evidence.bundled(), true);
    }

    /**
     * @param withCaption whether the image carries the caption (the user's figures, what counts as a pain day,
     *                    what the chart can mean, the sources) and, without a figure of the user's, the whole
     *                    reason, as an image that stands alone must; the window says these under the chart
     */
    static JFreeChart create(ChartInput input, Evidence evidence, boolean withCaption) {
        var rows = evidence.rows();
        var stats = input.stats();
        int yoursAt = rows.size();
        var names = new String[yoursAt + 1];
        var withInterval = new XIntervalSeries(WITH_INTERVAL, false, true);
        var withoutInterval = new XYSeries(WITHOUT_INTERVAL, false, true);
        var labels = new ArrayList<XYTextAnnotation>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            int y = rows.size() - 1 - i;
            names[y] = row.label();
            double or = row.oddsRatio().doubleValue();
            if (row.hasInterval()) {
                withInterval.add(or, row.low().get().doubleValue(), row.high().get().doubleValue(), y);
                labels.add(figureLabel(row.figure(), or, y, LABEL_FONT, Palette.TEXT));
            } else {
                withoutInterval.add(or, y);
                labels.add(figureLabel(Figures.ratio(or) + " (no interval given)", or, y, LABEL_FONT, Palette.TEXT));
            }
        }
        names[yoursAt] = YOURS;
        var axis = oddsRatioAxis(rows, stats);
        var plot = new XYPlot(new XIntervalSeriesCollection(), axis, ForestPlot.rowAxis(names, LABEL_LIFT * 2), null);
        ((XIntervalSeriesCollection) plot.getDataset()).addSeries(withInterval);
        plot.setRenderer(0, published(ForestPlot.errorRenderer(new BasicStroke(1.6f), 6), true));
        plot.setDataset(1, new XYSeriesCollection(withoutInterval));
        plot.setRenderer(1, published(new XYLineAndShapeRenderer(false, true), false));
        var yours = new XIntervalSeries(YOURS_SERIES, false, true);
        if (stats.enoughData() && stats.oddsRatio().isPresent() && stats.oddsRatioLow().isPresent()) {
            yours.add(stats.oddsRatio().getAsDouble(), stats.oddsRatioLow().getAsDouble(),
                    stats.oddsRatioHigh().getAsDouble(), yoursAt);
            labels.add(figureLabel(StatsText.oddsRatio(stats).replaceFirst("^odds ratio ", ""),
                    stats.oddsRatio().getAsDouble(), yoursAt, YOURS_FONT, Palette.YOURS));
        } else {
            var reason = withCaption ? stats.reason().orElse(ChartStyle.NOT_ENOUGH) : "the text below says why";
            plot.addAnnotation(notEnoughData(reason, axis.getLowerBound() * 1.15, yoursAt));
        }
        plot.setDataset(2, new XIntervalSeriesCollection());
        ((XIntervalSeriesCollection) plot.getDataset(2)).addSeries(yours);
        plot.setRenderer(2, yoursRenderer());
        labels.forEach(label -> plot.addAnnotation(label, false));
        plot.addDomainMarker(ForestPlot.noAssociation());
        plot.addRangeMarker(new ValueMarker(yoursAt - 0.5, Palette.GRID, new BasicStroke(1f)));
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinesVisible(false);
        var sources = "Sources: " + String.join(" ", rows.stream().map(EvidenceRow::citation).distinct().toList());
        var caption = List.of(StatsText.headline(stats), StatsText.thresholds(input.thresholds()),
                EvidenceText.chartNote(), sources);
        return ChartStyle.finish(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true),
                ChartKind.EVIDENCE, input, withCaption ? caption : List.of());
    }

    private static XYTextAnnotation notEnoughData(String why, double x, double y) {
        var reason = new XYTextAnnotation("Not enough data: " + why, x, y);
        reason.setFont(YOURS_FONT);
        reason.setPaint(Palette.YOURS);
        reason.setTextAnchor(TextAnchor.CENTER_LEFT);
        reason.setBackgroundPaint(Color.WHITE);
        return reason;
    }

    /** Odds ratios on a log axis, ticks at powers of 2, wide enough for every interval and for 1. */
    private static LogAxis oddsRatioAxis(List<EvidenceRow> rows, CooccurrenceStats stats) {
        double low = 1;
        double high = 1;
        for (var row : rows) {
            low = Math.min(low, row.low().orElse(row.oddsRatio()).doubleValue());
            high = Math.max(high, row.high().orElse(row.oddsRatio()).doubleValue());
        }
        if (stats.enoughData() && stats.oddsRatioLow().isPresent() && stats.oddsRatioHigh().isPresent()) {
            low = Math.min(low, stats.oddsRatioLow().getAsDouble());
            high = Math.max(high, stats.oddsRatioHigh().getAsDouble());
        }
        return ForestPlot.oddsRatioAxis(low, high);
    }


    /** The published rows in dark grey squares (hollow without an interval). */
    private static XYLineAndShapeRenderer published(XYLineAndShapeRenderer renderer, boolean filled) {
        renderer.setSeriesPaint(0, Palette.PUBLISHED);
        renderer.setSeriesShape(0, ForestPlot.square(8));
        renderer.setSeriesShapesFilled(0, filled);
        renderer.setSeriesStroke(0, new BasicStroke(1.6f));
        return renderer;
    }

    /**
     * A row's figure just above its point, on a box of the chart's background, so that the line at 1 passes behind
     * the words instead of through them.
     */
    static XYTextAnnotation figureLabel(String text, double x, double y, Font font, Color paint) {
        var label = new XYTextAnnotation(text, x, y + LABEL_LIFT);
        label.setFont(font);
        label.setPaint(paint);
        label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        label.setBackgroundPaint(Color.WHITE);
        return label;
    }

    private static XYErrorRenderer yoursRenderer() {
        var renderer = ForestPlot.errorRenderer(new BasicStroke(3.5f), 10);
        renderer.setSeriesPaint(0, Palette.YOURS);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        return renderer;
    }

}
