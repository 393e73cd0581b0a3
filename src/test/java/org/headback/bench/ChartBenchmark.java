package org.headback.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.headback.chart.ChartInput;
import org.headback.chart.ChartKind;
import org.headback.chart.Charts;
import org.headback.diary.DateRange;
import org.headback.output.Outputs;
import org.headback.stats.Cooccurrence;
import org.headback.stats.DayPoint;
import org.headback.stats.Thresholds;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The charts' benchmark over ten years of daily data (3,653 days): computing the statistics; building and showing
 * each chart in a window (headless, on Monocle); redrawing after a zoom; exporting each as a 2400×1600 PNG inside a
 * running app; and the same export as a one-shot command in a fresh JVM (needs {@code target/headback.jar}).
 * Run with {@code mvn -Pbench package -DskipTests} (see BENCHMARKS.md).
 */
public final class ChartBenchmark {
    private static final int WIDTH = 2400;
    private static final int HEIGHT = 1600;

    private ChartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var range = new DateRange(DiaryBenchmark.TODAY.minusDays(DiaryBenchmark.TEN_YEARS - 1L), DiaryBenchmark.TODAY);
        var days = tenYears(range);
        System.out.printf(Locale.ROOT, "HeadBack charts benchmark, %d days (%s, %d cores, Java %s)%n", days.size(),
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Measured.report("compute the statistics",
                Measured.time(20, 5, () -> Cooccurrence.compute(days, Thresholds.DEFAULT)));
        var input = ChartInput.of(range, days, Thresholds.DEFAULT);
        for (var kind : ChartKind.values()) {
            Measured.report("build " + kind.code(), Measured.time(10, 3, () -> Charts.create(kind, input)));
        }
        showInWindow(input);
        var folder = Files.createTempDirectory("headback-chart-bench");
        var outputs = Outputs.open(folder.resolve("data"));
        try {
            for (var kind : ChartKind.values()) {
                var file = folder.resolve(kind.code() + ".png");
                Measured.report("export " + kind.code() + " 2400×1600 (running app)", Measured.time(5, 2, () -> {
                    Charts.writePng(outputs, Charts.create(kind, input), file, WIDTH, HEIGHT);
                    return file;
                }));
            }
            oneShotCommands(folder);
        } finally {
            Measured.deleteAll(folder);
        }
    }

    static List<DayPoint> tenYears(DateRange range) {
        var random = new Random(42);
        var days = new ArrayList<DayPoint>();
        for (var date = range.from(); !date.isAfter(range.to()); date = date.plusDays(1)) {
            var day = DiaryBenchmark.sampleDay(random, date);
            days.add(new DayPoint(date, day.backPain(), day.headache()));
        }
        return days;
    }

    /** Each chart in a ChartViewer in a 1600×1000 window: set it and draw a frame; then zoom and draw again. */
    private static void showInWindow(ChartInput input) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        var started = new CompletableFuture<Void>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        // Each chart gets its own window; closing one must not end the toolkit.
        Platform.setImplicitExit(false);
        for (var kind : ChartKind.values()) {
            var shown = onFx(() -> {
                var viewer = new ChartViewer();
                var stage = new Stage();
                stage.setScene(new Scene(new StackPane(viewer), 1600, 1000));
                stage.show();
                var times = new ArrayList<Double>();
                for (int run = 0; run < 8; run++) {
                    var chart = Charts.create(kind, input);
                    long start = System.nanoTime();
                    viewer.setChart(chart);
                    stage.getScene().snapshot(null);
                    times.add((System.nanoTime() - start) / 1e6);
                }
                var zooms = new ArrayList<Double>();
                if (viewer.getChart().getPlot() instanceof XYPlot plot) {
                    var axis = plot.getDomainAxis();
                    for (int run = 0; run < 8; run++) {
                        long start = System.nanoTime();
                        axis.setRange(axis.getLowerBound(), axis.getUpperBound() - (axis.getRange().getLength() / 10));
                        stage.getScene().snapshot(null);
                        zooms.add((System.nanoTime() - start) / 1e6);
                    }
                }
                stage.close();
                return List.of(times.subList(2, times.size()), zooms);
            });
            Measured.report("show " + kind.code() + " in a 1600×1000 window", shown.get(0));
            if (!shown.get(1).isEmpty()) {
                Measured.report("  zoom " + kind.code() + " and redraw", shown.get(1));
            }
        }
        Platform.exit();
    }

    /** The same export as a user's one-shot command. */
    private static void oneShotCommands(Path folder) throws IOException, InterruptedException {
        var data = Measured.tenYearDataFolder(folder);
        if (data.isEmpty()) {
            return;
        }
        for (var kind : ChartKind.values()) {
            var out = folder.resolve("cli-" + kind.code() + ".png").toString();
            Measured.oneShot("export " + kind.code() + " 2400×1600 (one-shot command)", data.get(), "chart",
                    kind.code(), "--out", out, "--width", "2400", "--height", "1600");
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T onFx(Work<T> work) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.run());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }

}
