package org.headback.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.headback.evidence.Evidence;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Makes the charts from their input, and writes them as PNG images: plain functions, no window needed. */
public final class Charts {
    public static final int MIN_SIZE = 200;
    public static final int MAX_SIZE = 8000;

    private Charts() {
    }

    public static JFreeChart create(ChartKind kind, ChartInput input) {
        return switch (kind) {
            case TOGETHER -> TogetherChart.create(input);
            case MONTHS -> MonthsChart.create(input);
            case CALENDAR -> CalendarChart.create(input);
            case COOCCURRENCE -> CooccurrenceChart.create(input);
            case EVIDENCE -> EvidenceChart.create(input);
        };
    }

    /**
     * The chart as the window shows it: the same as {@link #create}, except that the evidence chart leaves out its
     * caption, because the evidence view says the same in full under it.
     */
    public static JFreeChart createForWindow(ChartKind kind, ChartInput input) {
        return kind == ChartKind.EVIDENCE ? EvidenceChart.create(input, Evidence.bundled(), false)
                : create(kind, input);
    }

    /** Writes the chart to a temporary file beside the target, then moves it into place: never a partial file. */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("An image must be " + MIN_SIZE + " to " + MAX_SIZE
                    + " pixels wide and high, not " + width + "×" + height + ".");
        }
        var target = file.toAbsolutePath();
        var folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("The folder " + folder + " does not exist.");
        }
        var temporary = Files.createTempFile(folder, ".headback-chart-", ".png");
        try {
            ChartUtils.saveChartAsPNG(temporary.toFile(), chart, width, height);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The chart drawn as an image, for the clipboard. */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height);
    }
}
