package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.headback.diary.DateRange;
import org.headback.output.Outputs;
import org.headback.stats.DayPoint;
import org.headback.stats.Thresholds;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartsTest {
    static final LocalDate END = LocalDate.of(2026, 11, 21);

    @TempDir
    Path folder;
    @TempDir
    Path dataDir;
    private Outputs outputs;

    @BeforeEach
    void openOutputs() {
        outputs = Outputs.open(dataDir);
    }

    /** Days over the range, every fourth one not recorded, back pain and headache often together. */
    static List<DayPoint> sampleDays(DateRange range) {
        var random = new Random(3);
        var days = new ArrayList<DayPoint>();
        for (var date = range.from(); !date.isAfter(range.to()); date = date.plusDays(1)) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            int back = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(9);
            int headache = back > 4 && random.nextBoolean() ? 2 + random.nextInt(8) : random.nextInt(5) == 0 ? 3 : 0;
            days.add(new DayPoint(date, back, headache));
        }
        return days;
    }

    static ChartInput input(int days) {
        var range = DateRange.lastDays(days, END);
        return ChartInput.of(range, sampleDays(range), Thresholds.DEFAULT);
    }

    private BufferedImage written(ChartKind kind, ChartInput input) throws IOException {
        var file = folder.resolve(kind.code() + ".png");
        Charts.writePng(outputs, Charts.create(kind, input), file, 1200, 800);
        return ImageIO.read(file.toFile());
    }

    private static boolean hasColourNear(BufferedImage image, Color colour) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                var pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) < 12 && Math.abs(pixel.getGreen() - colour.getGreen())
                        < 12 && Math.abs(pixel.getBlue() - colour.getBlue()) < 12) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyChart_isWrittenAsAPngOfTheAskedSize_withItsSeriesColoursDrawn(ChartKind kind) throws IOException {
        var image = written(kind, input(200));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(800);
        var colour = switch (kind) {
            case COOCCURRENCE, FACTORS -> Palette.HEADACHE;
            case EVIDENCE -> Palette.YOURS;
            default -> Palette.BACK_PAIN;
        };
        assertThat(hasColourNear(image, colour))
                .as("series colour drawn").isTrue();
    }

    @Test
    void together_shortRange_plotsDailySeverities_withGapsForDaysNotRecorded() {
        var input = input(60);
        var plot = (XYPlot) Charts.create(ChartKind.TOGETHER, input).getPlot();
        var data = (TimeSeriesCollection) plot.getDataset();
        var back = data.getSeries(0);
        assertThat(back.getItemCount()).isEqualTo(60);
        var recorded = input.byDate();
        for (int i = 0; i < back.getItemCount(); i++) {
            var date = input.range().from().plusDays(i);
            var value = back.getValue(i);
            if (recorded.containsKey(date)) {
                assertThat(value.intValue()).isEqualTo(recorded.get(date).backPain());
            } else {
                assertThat(value).as("not recorded " + date).isNull();
            }
        }
    }

    @Test
    void together_longRange_countsDaysPerWeek() {
        var plot = (XYPlot) Charts.create(ChartKind.TOGETHER, input(365)).getPlot();
        var data = (TimeSeriesCollection) plot.getDataset();
        assertThat(data.getSeries(0).getKey()).isEqualTo("Days with back pain");
        assertThat(data.getSeries(0).getItemCount()).isBetween(52, 54);
        assertThat(data.getSeries(3).getKey()).isEqualTo("Days recorded");
    }

    @Test
    void months_drawTheChronicHeadacheLineAtFifteen() {
        var plot = (CategoryPlot) Charts.create(ChartKind.MONTHS, input(120)).getPlot();
        var marker = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertThat(marker.getValue()).isEqualTo(15);
        assertThat(MonthsChart.CHRONIC_LINE_LABEL).contains("ICHD-3").contains("chronic headache");
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(5);
    }

    @Test
    void tooFewDays_sayWhy_insteadOfDrawingNumbers() {
        var range = DateRange.lastDays(30, END);
        var input = ChartInput.of(range, List.of(new DayPoint(END, 3, 4)), Thresholds.DEFAULT);
        var chart = Charts.create(ChartKind.COOCCURRENCE, input);
        assertThat(chart.getPlot().getNoDataMessage()).startsWith("Only 1 day is recorded");
        assertThat(ChartReport.lines(input)).anyMatch(line -> line.startsWith("Only 1 day is recorded"));
        var together = (XYPlot) Charts.create(ChartKind.TOGETHER, input).getPlot();
        assertThat(together.getDataset().getSeriesCount()).isZero();
    }

    @Test
    void caption_carriesTheSentence_theOddsRatio_andTheThresholds() {
        var lines = ChartStyle.captionLines(input(200));
        assertThat(lines.get(0)).startsWith("Headache on ").contains("% of your back-pain days");
        assertThat(lines.get(1)).startsWith("odds ratio ").contains("95 % CI").contains("Fisher exact p");
        assertThat(lines.get(2)).contains("back pain ≥ 1").contains("never counted as pain-free");
    }

    @Test
    void writePng_toAMissingFolder_failsAndLeavesNothing() {
        var target = folder.resolve("missing").resolve("chart.png");
        var chart = Charts.create(ChartKind.MONTHS, input(40));
        assertThatThrownBy(() -> Charts.writePng(outputs, chart, target, 1200, 800))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void writePng_refusesAbsurdSizes() throws IOException {
        assertThatThrownBy(() -> Charts.writePng(outputs, Charts.create(ChartKind.MONTHS, input(40)),
                folder.resolve("x.png"), 10, 10000)).isInstanceOf(IllegalArgumentException.class);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void dateRange_reversed_isRefused() {
        assertThatThrownBy(() -> new DateRange(END, END.minusDays(1))).hasMessageContaining("before it starts");
        assertThat(DateRange.lastDays(30, END).days()).isEqualTo(30);
    }

    @Test
    void dateRange_neverStartsBefore1900_theFirstYearTheChartsCanShow() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(1899, 12, 31), END))
                .hasMessage("The range starts too early: 1899-12-31 is before 1900-01-01, the earliest day a diary "
                        + "takes.");
        var earliest = new DateRange(LocalDate.of(1900, 1, 1), END);
        assertThat(DateRange.recordable(LocalDate.of(1753, 1, 1), END, END)).contains(earliest);
        for (var kind : ChartKind.values()) {
            assertThat(Charts.create(kind, ChartInput.of(earliest, sampleDays(DateRange.lastDays(60, END)),
                    Thresholds.DEFAULT))).as(kind.code()).isNotNull();
        }
    }

    @Test
    void dateRange_endingAfterToday_endsToday() {
        assertThat(DateRange.recordable(END.minusDays(9), LocalDate.of(9999, 12, 31), END))
                .contains(DateRange.lastDays(10, END));
        assertThat(DateRange.recordable(END.plusDays(1), END.plusDays(9), END)).isEmpty();
        assertThat(DateRange.recordable(LocalDate.of(1800, 1, 1), LocalDate.of(1899, 1, 1), END)).isEmpty();
    }

    @Test
    void calendar_ofALongerRangeThanItsGrid_saysWhichWeeksItShows() {
        assertThat(texts(Charts.create(ChartKind.CALENDAR, input(730)))).anyMatch(line ->
                line.startsWith("The grid shows the range's last 53 weeks, from ")
                        && line.endsWith("; the figures above count every recorded day of the range."));
        assertThat(texts(Charts.create(ChartKind.CALENDAR, input(200)))).noneMatch(line -> line.startsWith("The grid"));
    }

    private static List<String> texts(JFreeChart chart) {
        return chart.getSubtitles().stream().filter(TextTitle.class::isInstance)
                .map(title -> ((TextTitle) title).getText()).toList();
    }
}
