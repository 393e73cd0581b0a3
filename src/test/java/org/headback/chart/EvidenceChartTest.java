package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import org.headback.evidence.Evidence;
import org.headback.evidence.EvidenceRow;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

class EvidenceChartTest {
    private static XYPlot plot(ChartInput input) {
        return (XYPlot) Charts.create(ChartKind.EVIDENCE, input).getPlot();
    }

    private static String[] rowLabels(XYPlot plot) {
        return ((SymbolAxis) plot.getRangeAxis()).getSymbols();
    }

    @Test
    void oddsRatios_areOnALogAxis_withTheLineAtOne() {
        var plot = plot(ChartsTest.input(120));
        assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getDomainAxis().getRange().contains(1)).isTrue();
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).extracting(m -> ((ValueMarker) m)
                .getValue()).containsExactly(1.0);
    }

    @Test
    void everyPublishedFigure_hasItsRow_inTheOrderOfTheFile_withTheUsersRowOnTop() {
        var plot = plot(ChartsTest.input(120));
        var rows = Evidence.bundled().rows();
        var labels = rowLabels(plot);
        assertThat(labels).hasSize(rows.size() + 1);
        assertThat(labels[rows.size()]).isEqualTo(EvidenceChart.YOURS);
        var fromTop = new ArrayList<>(Arrays.asList(labels).subList(0, rows.size()));
        Collections.reverse(fromTop);
        assertThat(fromTop).containsExactlyElementsOf(rows.stream().map(EvidenceRow::label).toList());
        var withInterval = (IntervalXYDataset) plot.getDataset(0);
        var ashina = Evidence.bundled().row("ashina-2018-chronic-headache").orElseThrow();
        int item = 1;
        assertThat(withInterval.getXValue(0, item)).isEqualTo(1.9);
        assertThat(withInterval.getStartXValue(0, item)).isEqualTo(0.8);
        assertThat(withInterval.getEndXValue(0, item)).isEqualTo(4.5);
        assertThat(labels[(int) withInterval.getYValue(0, item)]).isEqualTo(ashina.label());
        var pointsOnly = plot.getDataset(1);
        assertThat(pointsOnly.getItemCount(0)).isEqualTo(rows.stream().filter(row -> !row.hasInterval()).count());
    }

    @Test
    void theUsersRow_showsTheDiarysOddsRatio_drawnApartInColourShapeAndWeight() {
        var input = ChartsTest.input(120);
        var plot = plot(input);
        var yours = (IntervalXYDataset) plot.getDataset(2);
        assertThat(yours.getItemCount(0)).isOne();
        assertThat(yours.getXValue(0, 0)).isEqualTo(input.stats().oddsRatio().getAsDouble());
        assertThat(yours.getStartXValue(0, 0)).isEqualTo(input.stats().oddsRatioLow().getAsDouble());
        assertThat(yours.getEndXValue(0, 0)).isEqualTo(input.stats().oddsRatioHigh().getAsDouble());
        assertThat(rowLabels(plot)[(int) yours.getYValue(0, 0)]).isEqualTo(EvidenceChart.YOURS);
        var mine = (XYErrorRenderer) plot.getRenderer(2);
        var published = (XYErrorRenderer) plot.getRenderer(0);
        assertThat(mine.getSeriesPaint(0)).isEqualTo(Palette.YOURS).isNotEqualTo(published.getSeriesPaint(0));
        assertThat(mine.getSeriesShape(0).getBounds().width)
                .isGreaterThan(published.getSeriesShape(0).getBounds().width);
        assertThat(((BasicStroke) mine.getErrorStroke()).getLineWidth())
                .isGreaterThan(((BasicStroke) published.getErrorStroke()).getLineWidth());
    }

    @Test
    void withoutEnoughData_theUsersRowGivesTheReason_andNoPoint() {
        var input = ChartsTest.input(10);
        assertThat(input.stats().enoughData()).isFalse();
        var plot = plot(input);
        assertThat(plot.getDataset(2).getItemCount(0)).isZero();
        assertThat(plot.getAnnotations().stream().filter(annotation -> ((XYTextAnnotation) annotation).getText()
                .startsWith("Not enough data"))).singleElement().satisfies(annotation -> assertThat(
                ((XYTextAnnotation) annotation).getText()).isEqualTo("Not enough data: "
                        + input.stats().reason().orElseThrow()));
    }

    @Test
    void theImage_namesItsSources_andSaysADiaryIsNotAStudy() {
        var chart = Charts.create(ChartKind.EVIDENCE, ChartsTest.input(120));
        var captions = chart.getSubtitles().stream().filter(TextTitle.class::isInstance)
                .map(title -> ((TextTitle) title).getText()).toList();
        assertThat(captions).anySatisfy(line -> assertThat(line).contains("it is not a study"));
        assertThat(captions).anySatisfy(line -> assertThat(line).startsWith("Sources: Ashina et al., 2018.")
                .contains("Yoon et al., 2013.").contains("The Journal of Headache and Pain, 2019."));
    }

    @Test
    void inTheWindow_theChartLeavesItsCaptionAndTheWholeReason_toTheTextUnderIt() {
        var input = ChartsTest.input(10);
        var chart = Charts.createForWindow(ChartKind.EVIDENCE, input);
        assertThat(chart.getSubtitles()).noneMatch(title -> title instanceof TextTitle text
                && text.getText().startsWith("Sources:"));
        var plot = (XYPlot) chart.getPlot();
        assertThat(plot.getAnnotations().stream().filter(annotation -> ((XYTextAnnotation) annotation).getText()
                .startsWith("Not enough data"))).singleElement().satisfies(annotation -> assertThat(
                ((XYTextAnnotation) annotation).getText()).isEqualTo("Not enough data: the text below says why"));
        assertThat(Charts.createForWindow(ChartKind.MONTHS, input).getSubtitles())
                .noneMatch(ChartStyle.Caption.class::isInstance);
        assertThat(Charts.create(ChartKind.MONTHS, input).getSubtitles())
                .anyMatch(ChartStyle.Caption.class::isInstance);
    }
}
