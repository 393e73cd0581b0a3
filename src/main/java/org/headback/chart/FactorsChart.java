package org.headback.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headback.stats.FactorFigures;
import org.headback.stats.FactorKind;
import org.headback.stats.FactorReport;
import org.headback.stats.StatsText;
import org.headback.text.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/**
 * What goes with the headache days: a forest plot of each factor's odds ratio with its 95 % interval on a log axis,
 * same day (circles) and next day (squares), sorted by effect; back pain, the articles' question, on a band of its
 * own and named so; each row's verdict in words at its right. Factors without enough data are listed under the plot
 * with their counts, never drawn.
 */
final class FactorsChart {
    static final String SAME_DAY = "Same day";
    static final String NEXT_DAY = "Next day (the factor the day before)";
    static final String ARTICLES = "  — the articles' question";
    /** The next-day family in Okabe–Ito bluish green, apart from the same day's blue in colour and in shape. */
    static final Color NEXT_DAY_COLOUR = Palette.NEITHER;
    private static final Color BACK_PAIN_BAND = new Color(0xE6, 0x9F, 0x00, 0x30);
    private static final double OFFSET = 0.15;
    private static final double VERDICT_LIFT = 0.48;
    private static final Font VERDICT_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 11);

    private FactorsChart() {
    }

    static JFreeChart create(ChartInput input) {
        var report = input.factors();
        var rows = rows(report);
        var sameDay = new XIntervalSeries(SAME_DAY, false, true);
        var nextDay = new XIntervalSeries(NEXT_DAY, false, true);
        var names = new String[rows.size()];
        double low = 1;
        double high = 1;
        var verdicts = new ArrayList<XYTextAnnotation>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            int y = rows.size() - 1 - i;
            names[y] = StatsText.factorName(row.sameDay(), report.settings())
                    + (row.sameDay().kind() == FactorKind.BACK_PAIN ? ARTICLES : "");
            for (var figures : List.of(row.sameDay(), row.nextDay())) {
                if (figures.enoughData()) {
                    double lowEnd = figures.oddsRatioLow().getAsDouble();
                    double highEnd = figures.oddsRatioHigh().getAsDouble();
                    (figures == row.sameDay() ? sameDay : nextDay).add(figures.oddsRatio().getAsDouble(), lowEnd,
                            highEnd, y + (figures == row.sameDay() ? OFFSET : -OFFSET));
                    low = Math.min(low, lowEnd);
                    high = Math.max(high, highEnd);
                }
            }
            verdicts.add(verdict(row, y));
        }
        var axis = ForestPlot.oddsRatioAxis(low, high);
        var dataset = new XIntervalSeriesCollection();
        dataset.addSeries(sameDay);
        dataset.addSeries(nextDay);
        var plot = new XYPlot(dataset, axis, ForestPlot.rowAxis(names.length == 0 ? new String[] {""} : names, 0),
                renderer());
        for (int y = 0; y < rows.size(); y++) {
            if (rows.get(rows.size() - 1 - y).sameDay().kind() == FactorKind.BACK_PAIN) {
                plot.addRangeMarker(new IntervalMarker(y - 0.5, y + 0.5, BACK_PAIN_BAND), Layer.BACKGROUND);
            }
        }
        verdicts.forEach(verdict -> {
            verdict.setX(axis.getLowerBound() * 1.04);
            plot.addAnnotation(verdict, false);
        });
        if (rows.isEmpty()) {
            plot.setNoDataMessage("Not enough data for any factor: the lines below say why");
        }
        plot.addDomainMarker(ForestPlot.noAssociation());
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinesVisible(false);
        return ChartStyle.finish(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), ChartKind.FACTORS,
                input, caption(input));
    }

    /** A factor's two families side by side. */
    record Row(FactorFigures sameDay, FactorFigures nextDay) {
        /** The odds ratio it is sorted by: the same day's, else the next day's. */
        double effect() {
            var figures = sameDay.enoughData() ? sameDay : nextDay;
            return figures.oddsRatio().orElse(1);
        }

        boolean drawn() {
            return sameDay.enoughData() || nextDay.enoughData();
        }
    }

    /** The factors with enough data in either family, the largest odds ratio on top. */
    static List<Row> rows(FactorReport report) {
        var next = new LinkedHashMap<String, FactorFigures>();
        report.nextDay().forEach(figures -> next.put(key(figures), figures));
        return report.sameDay().stream().map(figures -> new Row(figures, next.get(key(figures))))
                .filter(Row::drawn).sorted(Comparator.comparingDouble(Row::effect).reversed()).toList();
    }

    private static String key(FactorFigures figures) {
        return figures.kind().code() + ":" + figures.name();
    }

    private static XYTextAnnotation verdict(Row row, int y) {
        var text = "same day: " + Words.inSentence(row.sameDay().verdict().label()) + "  ·  next day: "
                + Words.inSentence(row.nextDay().verdict().label());
        // At the top of the row, above its two points, so that the words never hide an interval.
        var label = new XYTextAnnotation(text, 1, y + VERDICT_LIFT);
        label.setFont(VERDICT_FONT);
        label.setPaint(Palette.TEXT);
        label.setTextAnchor(TextAnchor.TOP_LEFT);
        return label;
    }

    private static XYErrorRenderer renderer() {
        var renderer = ForestPlot.errorRenderer(new BasicStroke(2.2f), 8);
        renderer.setSeriesPaint(0, Palette.HEADACHE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(1, NEXT_DAY_COLOUR);
        renderer.setSeriesShape(1, ForestPlot.square(10));
        return renderer;
    }

    /** Why the figures are adjusted; the factors without enough data, with their counts; what a pain day is. */
    static List<String> caption(ChartInput input) {
        var report = input.factors();
        var lines = new ArrayList<String>();
        lines.add(StatsText.MANY_FACTORS);
        notDrawn(report).forEach((name, reason) -> lines.add("Not enough data: " + name + " — "
                + Words.inSentence(reason)));
        lines.add(StatsText.thresholds(input.thresholds()));
        return lines;
    }

    /** The factors without enough data on either day, each with its same day's reason. */
    static Map<String, String> notDrawn(FactorReport report) {
        var drawn = rows(report).stream().map(row -> key(row.sameDay())).toList();
        var notDrawn = new LinkedHashMap<String, String>();
        report.sameDay().stream().filter(figures -> !drawn.contains(key(figures))).forEach(figures ->
                notDrawn.put(StatsText.factorName(figures, report.settings()), Optional.ofNullable(figures.reason()
                        .orElse(null)).orElse("")));
        return notDrawn;
    }
}
