package org.headback.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;

/**
 * Redraws a finished chart's ground and ink in other colours: every place the charts use the light background,
 * text, grid or published grey takes its counterpart. Text drawn on a coloured square or bar (the calendar's
 * signs, the labels on light bars) keeps its colour, since its ground does not change.
 */
final class ChartRecolour {
    private final ChartColours to;

    private ChartRecolour(ChartColours to) {
        this.to = to;
    }

    static JFreeChart apply(JFreeChart chart, ChartColours colours) {
        if (!colours.equals(ChartColours.LIGHT)) {
            new ChartRecolour(colours).chart(chart);
        }
        return chart;
    }

    private void chart(JFreeChart chart) {
        chart.setBackgroundPaint(to.background());
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(to.text());
        }
        for (var subtitle : chart.getSubtitles()) {
            if (subtitle instanceof TextTitle text) {
                text.setPaint(ink(text.getPaint()));
            } else if (subtitle instanceof LegendTitle legend) {
                legend.setItemPaint(to.text());
                legend.setBackgroundPaint(to.background());
            }
        }
        plot(chart.getPlot());
    }

    private void plot(Plot plot) {
        plot.setBackgroundPaint(to.background());
        plot.setNoDataMessagePaint(to.text());
        if (plot instanceof XYPlot xy) {
            xyPlot(xy);
        } else if (plot instanceof CategoryPlot category) {
            categoryPlot(category);
        }
    }

    private void xyPlot(XYPlot plot) {
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i));
        }
        plot.setDomainGridlinePaint(to.grid());
        plot.setRangeGridlinePaint(to.grid());
        markers(plot.getDomainMarkers(Layer.FOREGROUND));
        markers(plot.getDomainMarkers(Layer.BACKGROUND));
        markers(plot.getRangeMarkers(Layer.FOREGROUND));
        markers(plot.getRangeMarkers(Layer.BACKGROUND));
        for (XYAnnotation annotation : plot.getAnnotations()) {
            if (annotation instanceof XYTextAnnotation text && Color.WHITE.equals(text.getBackgroundPaint())) {
                text.setBackgroundPaint(to.background());
                text.setPaint(ink(text.getPaint()));
            }
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof AbstractXYItemRenderer renderer
                    && Palette.PUBLISHED.equals(renderer.getSeriesPaint(0))) {
                renderer.setSeriesPaint(0, to.published());
            }
        }
        legendItems(plot.getFixedLegendItems());
    }

    private void categoryPlot(CategoryPlot plot) {
        axis(plot.getDomainAxis());
        axis(plot.getRangeAxis());
        plot.setRangeGridlinePaint(to.grid());
        plot.setDomainGridlinePaint(to.grid());
        markers(plot.getDomainMarkers(Layer.BACKGROUND));
        markers(plot.getRangeMarkers(Layer.FOREGROUND));
        markers(plot.getRangeMarkers(Layer.BACKGROUND));
        CategoryItemRenderer renderer = plot.getRenderer();
        if (renderer != null && Palette.TEXT.equals(renderer.getDefaultOutlinePaint())) {
            renderer.setDefaultOutlinePaint(to.text());
        }
        // Signs over the bars stand on the ground (labels set per series sit on their bars and keep their colour).
        if (renderer != null && Color.BLACK.equals(renderer.getDefaultItemLabelPaint())) {
            renderer.setDefaultItemLabelPaint(to.text());
        }
        legendItems(plot.getFixedLegendItems());
    }

    private void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(to.text());
        axis.setTickLabelPaint(to.text());
        axis.setAxisLinePaint(to.grid());
        axis.setTickMarkPaint(to.grid());
    }

    private void markers(java.util.Collection<?> markers) {
        if (markers == null) {
            return;
        }
        for (var marker : List.copyOf(markers)) {
            if (marker instanceof Marker one) {
                one.setPaint(ink(one.getPaint()));
                one.setLabelPaint(ink(one.getLabelPaint()));
            }
        }
    }

    private void legendItems(LegendItemCollection items) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.getItemCount(); i++) {
            var item = items.get(i);
            if (Palette.TEXT.equals(item.getLinePaint())) {
                item.setLinePaint(to.text());
            }
        }
    }

    /** The light text colour becomes the new one; any other colour stays. */
    private Paint ink(Paint paint) {
        return Palette.TEXT.equals(paint) ? to.text() : Palette.GRID.equals(paint) ? to.grid() : paint;
    }
}
