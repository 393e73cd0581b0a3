package org.headback.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/** What the two forest plots share (the evidence beside the diary, and the factors): axes, the line at 1, points. */
final class ForestPlot {
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** A row's height that keeps a figure's label, lifted over its point, clear of the row above. */
    static final double ROW_HEIGHT = 28;
    /** The height of what is not rows: the title and its line of range, the axis with its label, the legend. */
    static final double AROUND_ROWS = 190;

    private ForestPlot() {
    }

    /** The least height of a forest plot whose row axis spans {@code rows} rows (its margins included). */
    static double minimumHeight(double rows) {
        return AROUND_ROWS + rows * ROW_HEIGHT;
    }

    /** The dashed line at an odds ratio of 1, labelled. */
    static ValueMarker noAssociation() {
        var one = new ValueMarker(1, Palette.TEXT, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
        one.setLabel("1 = no association");
        one.setLabelFont(LABEL_FONT);
        one.setLabelPaint(Palette.TEXT);
        one.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        one.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        one.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return one;
    }

    /** Odds ratios on a log axis, ticks at powers of 2, from below {@code low} to beyond {@code high}. */
    static LogAxis oddsRatioAxis(double low, double high) {
        var axis = new LogAxis("Odds ratio (log scale)");
        axis.setBase(2);
        axis.setTickUnit(new NumberTickUnit(Math.log(high / low) / Math.log(2) > 12 ? 2 : 1));
        axis.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
        axis.setRange(low / 1.5, high * 2);
        axis.setLabelFont(ChartStyle.SUBTITLE);
        return axis;
    }

    /** The axis of a forest plot's rows, told apart from other charts' axes of names by its class. */
    static final class RowAxis extends SymbolAxis {
        private static final long serialVersionUID = 1L;

        private RowAxis(String[] labels) {
            super(null, labels);
        }
    }

    /** One row per label, labelled on the left, with {@code above} rows of room over the top one. */
    static SymbolAxis rowAxis(String[] labels, double above) {
        var axis = new RowAxis(labels);
        axis.setRange(-0.6, labels.length - 0.4 + above);
        axis.setGridBandsVisible(false);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }

    /** Points and horizontal interval lines with caps. */
    static XYErrorRenderer errorRenderer(BasicStroke stroke, double capLength) {
        var renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(stroke);
        renderer.setCapLength(capLength);
        return renderer;
    }

    static Shape square(double size) {
        return new Rectangle2D.Double(-size / 2, -size / 2, size, size);
    }
}
