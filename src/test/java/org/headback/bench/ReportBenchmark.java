package org.headback.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Random;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.output.Outputs;
import org.headback.report.DoctorReports;
import org.headback.report.ReportData;
import org.headback.report.ReportFormat;
import org.headback.stats.Thresholds;
import org.headback.work.Progress;

/**
 * The report for the doctor over ten years of daily data (3,653 days): made and written as PDF and as PNG inside a
 * running JVM, and as a one-shot command in a fresh JVM (needs {@code target/headback.jar}). Run with
 * {@code mvn -Pbench package -DskipTests} (see BENCHMARKS.md).
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var range = new DateRange(DiaryBenchmark.TODAY.minusDays(DiaryBenchmark.TEN_YEARS - 1L), DiaryBenchmark.TODAY);
        var random = new Random(42);
        var days = new ArrayList<DayEntry>();
        for (var date = range.from(); !date.isAfter(range.to()); date = date.plusDays(1)) {
            days.add(DiaryBenchmark.sampleDay(random, date));
        }
        System.out.printf(Locale.ROOT, "HeadBack report benchmark, %d days (%s, %d cores, Java %s)%n", days.size(),
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        var folder = Files.createTempDirectory("headback-report-bench");
        var outputs = Outputs.open(folder.resolve("data"));
        try {
            for (var format : ReportFormat.values()) {
                var file = folder.resolve("report." + format.extension());
                var times = new ArrayList<Double>();
                DoctorReports.Written written = null;
                for (int i = 0; i < 8; i++) {
                    long start = System.nanoTime();
                    var data = ReportData.of(range, days, Thresholds.DEFAULT, DiaryBenchmark.TODAY);
                    written = DoctorReports.write(outputs, data, format, file, Progress.NONE);
                    if (i >= 3) {
                        times.add((System.nanoTime() - start) / 1e6);
                    }
                }
                Measured.report("ten-year report as " + format.extension().toUpperCase(Locale.ROOT) + " (running app, "
                        + written.size() + ", " + Files.size(file) / 1024 + " KB)", times);
            }
            oneShotCommands(folder);
        } finally {
            Measured.deleteAll(folder);
        }
    }

    /** The same as a user's one-shot command. */
    private static void oneShotCommands(Path folder) throws IOException, InterruptedException {
        var data = Measured.tenYearDataFolder(folder);
        if (data.isEmpty()) {
            return;
        }
        for (var format : ReportFormat.values()) {
            var out = folder.resolve("cli." + format.extension()).toString();
            Measured.oneShot("ten-year report as " + format.extension().toUpperCase(Locale.ROOT)
                    + " (one-shot command)", data.get(), "report", "--out", out);
        }
    }
}
