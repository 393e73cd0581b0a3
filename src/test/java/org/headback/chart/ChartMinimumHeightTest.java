package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** A chart of a row per item is never drawn so short that a row's labels fall on the next. */
class ChartMinimumHeightTest {
    /** About the narrowest the charts get in the window. */
    private static final int NARROW = 380;

    private static double heightPerRow(JFreeChart chart, int width, double height) {
        var image = new BufferedImage(width, (int) Math.ceil(height), BufferedImage.TYPE_INT_ARGB);
        var g2 = image.createGraphics();
        var info = new ChartRenderingInfo();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g2.dispose();
        }
        double rows = ((XYPlot) chart.getPlot()).getRangeAxis().getRange().getLength();
        return info.getPlotInfo().getDataArea().getHeight() / rows;
    }

    @Test
    void theChartsOfARowPerItem_haveAMinimumHeightThatGrowsWithTheirRows_theOthersNone() {
        var input = ChartsTest.input(120);
        assertThat(Charts.minimumHeight(Charts.createForWindow(ChartKind.EVIDENCE, input)))
                .isGreaterThan(ForestPlot.AROUND_ROWS + 8 * ForestPlot.ROW_HEIGHT);
        assertThat(Charts.minimumHeight(Charts.createForWindow(ChartKind.FACTORS, FactorsChartTest.input())))
                .isGreaterThan(ForestPlot.AROUND_ROWS);
        for (var kind : new ChartKind[] {ChartKind.TOGETHER, ChartKind.MONTHS, ChartKind.CALENDAR,
            ChartKind.COOCCURRENCE}) {
            assertThat(Charts.minimumHeight(Charts.createForWindow(kind, input))).as(kind.name()).isZero();
        }
    }

    @Test
    void atItsMinimumHeight_andNarrow_eachRowOfTheEvidenceChart_getsItsRoom() {
        for (var input : new ChartInput[] {ChartsTest.input(120), ChartsTest.input(10)}) {
            var chart = Charts.createForWindow(ChartKind.EVIDENCE, input);
            assertThat(heightPerRow(chart, NARROW, Charts.minimumHeight(chart)))
                    .isGreaterThanOrEqualTo(ForestPlot.ROW_HEIGHT * 0.9);
        }
    }

    @Test
    void atItsMinimumHeight_andNarrow_eachRowOfTheFactorsChart_getsItsRoom() {
        var chart = Charts.createForWindow(ChartKind.FACTORS, FactorsChartTest.input());
        assertThat(heightPerRow(chart, NARROW, Charts.minimumHeight(chart)))
                .isGreaterThanOrEqualTo(ForestPlot.ROW_HEIGHT * 0.9);
    }
}
