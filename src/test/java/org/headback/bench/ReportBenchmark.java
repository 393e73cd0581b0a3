package org.headback.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.headback.chart.DateRange;
import org.headback.diary.DayEntry;
import org.headback.report.DoctorReports;
import org.headback.report.ReportData;
import org.headback.report.ReportFormat;
import org.headback.stats.Thresholds;

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
        try {
            for (var format : ReportFormat.values()) {
                var file = folder.resolve("report." + format.extension());
                var times = new ArrayList<Double>();
                DoctorReports.Written written = null;
                for (int i = 0; i < 8; i++) {
                    long start = System.nanoTime();
                    var data = ReportData.of(range, days, Thresholds.DEFAULT, DiaryBenchmark.TODAY);
                    written = DoctorReports.write(data, format, file, (done, total) -> { }, () -> false);
                    if (i >= 3) {
                        times.add((System.nanoTime() - start) / 1e6);
                    }
                }
                report("ten-year report as " + format.extension().toUpperCase(Locale.ROOT) + " (running app, "
                        + written.size() + ", " + Files.size(file) / 1024 + " KB)", times);
            }
            oneShotCommands(folder);
        } finally {
            try (var files = Files.walk(folder)) {
                for (var file : files.sorted(Collections.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The same as a user's one-shot command: a fresh JVM, the whole process timed. */
    private static void oneShotCommands(Path folder) throws IOException, InterruptedException {
        var jar = Path.of("target", "headback.jar");
        if (!Files.exists(jar)) {
            System.out.println("(one-shot command skipped: build target/headback.jar first with mvn package)");
            return;
        }
        var data = folder.resolve("data");
        var csv = DiaryBenchmark.tenYearsCsv(Files.createDirectories(folder.resolve("csv")).resolve("days.csv"));
        run(jar, data, "diary", "import", csv.toString());
        for (var format : ReportFormat.values()) {
            var out = folder.resolve("cli." + format.extension()).toString();
            var times = new ArrayList<Double>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                run(jar, data, "report", "--out", out);
                times.add((System.nanoTime() - start) / 1e6);
            }
            report("ten-year report as " + format.extension().toUpperCase(Locale.ROOT) + " (one-shot command)",
                    times);
        }
    }

    private static void run(Path jar, Path data, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--data-dir", data.toString()));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command + "\n" + output);
        }
    }

    private static void report(String what, List<Double> times) {
        var sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-64s median %8.1f ms   slowest %8.1f ms   (%d runs)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
    }
}
