package org.headback.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** What the benchmarks share: printing a median, timing a one-shot command, cleaning up their folder. */
final class Measured {
    static final Path JAR = Path.of("target", "headback.jar");
    private static final File TIME = new File("/usr/bin/time");
    private static final Pattern PEAK_MEMORY = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private Measured() {
    }

    /** Prints the median and the slowest of the times (ms); returns the median. */
    static double report(String what, List<Double> times) {
        var sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-64s median %8.2f ms   slowest %8.2f ms   (%d runs)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
        return median(times);
    }

    /** The times (ms) of {@code runs} runs of the work, after {@code warmUp} runs not timed. */
    static List<Double> time(int runs, int warmUp, Callable<?> work) throws Exception {
        var times = new ArrayList<Double>();
        for (int i = 0; i < warmUp + runs; i++) {
            long start = System.nanoTime();
            work.call();
            if (i >= warmUp) {
                times.add(millisSince(start));
            }
        }
        return times;
    }

    static double median(List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * A data folder holding the ten-year diary, made with the runnable jar as a user would; empty when the jar has
     * not been built (and that is said).
     */
    static Optional<Path> tenYearDataFolder(Path folder) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            System.out.println("(one-shot commands skipped: build target/headback.jar first with mvn package)");
            return Optional.empty();
        }
        var data = folder.resolve("data");
        var csv = DiaryBenchmark.tenYearsCsv(Files.createDirectories(folder.resolve("csv")).resolve("days.csv"));
        runJar(data, "diary", "import", csv.toString());
        return Optional.of(data);
    }

    /** Times three runs of a one-shot command: a fresh JVM, the whole process. */
    static void oneShot(String what, Path data, String... args) throws IOException, InterruptedException {
        var times = new ArrayList<Double>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            runJar(data, args);
            times.add(millisSince(start));
        }
        report(what, times);
    }

    /**
     * Times three runs of a one-shot command of the given jar, with the process's peak memory as
     * {@code /usr/bin/time -v} reports it (where there is one); prints and returns the medians, in ms and MB.
     */
    static double[] oneShotWithMemory(String what, Path jar, Path data, String... args)
            throws IOException, InterruptedException {
        var times = new ArrayList<Double>();
        var memory = new ArrayList<Double>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            var output = runJar(jar, data, TIME.canExecute(), args);
            times.add(millisSince(start));
            var peak = PEAK_MEMORY.matcher(output);
            if (peak.find()) {
                memory.add(Long.parseLong(peak.group(1)) / 1024.0);
            }
        }
        double time = median(times);
        double rss = memory.isEmpty() ? Double.NaN : median(memory);
        System.out.printf(Locale.ROOT, "%-64s median %8.0f ms   slowest %8.0f ms   peak memory %6.0f MB   (%d runs)%n",
                what, time, Collections.max(times), rss, times.size());
        return new double[] {time, rss};
    }

    private static String runJar(Path data, String... args) throws IOException, InterruptedException {
        return runJar(JAR, data, false, args);
    }

    private static String runJar(Path jar, Path data, boolean timed, String... args)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        if (timed) {
            command.addAll(List.of(TIME.getPath(), "-v"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--data-dir", data.toString()));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command + "\n" + output);
        }
        return output;
    }

    static void deleteAll(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (var file : files.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
