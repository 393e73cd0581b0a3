package org.headback.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.headback.dist.Folders;
import org.headback.dist.Jdks;

/**
 * Start-up: from process start to the window's first frame and to its complete first picture (the article's text,
 * the month's days and the day's entry arrived: a bare window's first frame is its whole picture), and peak memory
 * by then, in one interleaved run (each round
 * starts every candidate once, so a busy moment of the machine falls on all of them): a bare JavaFX window with one
 * label on Java 17 (the floor every ratio is taken to) and on Java 25, HeadBack's runnable jar on Java 17, and the
 * packaged app (when {@code target/dist/HeadBack} has been built with {@code mvn -Pdist package}) with its start-up
 * cache, through jpackage's own launcher too where the menu starts another, and from a copy without the cache. Then
 * the first clicks (a day, the Counts, the Charts) of the jar and the packaged app. Needs a display (on a server:
 * Xvfb).
 */
public final class StartupBenchmark {
    static final int ROUNDS = 7;
    static final int CLICK_RUNS = 3;
    private static final String[] CLICKS = {"click-day-ms", "click-counts-ms", "click-charts-ms"};

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name").startsWith("Windows")
                && !System.getProperty("os.name").startsWith("Mac")) {
            System.out.println("Start-up benchmark skipped: it opens real windows and needs a display (try Xvfb).");
            return;
        }
        var java17 = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var jar = Path.of("target", "headback.jar").toAbsolutePath().toString();
        var bareClassPath = jar + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
        var data = Files.createDirectories(Path.of("target", "bench", "startup-data")).toAbsolutePath().toString();
        var candidates = new LinkedHashMap<String, List<String>>();
        candidates.put("bare JavaFX window, Java 17", List.of(java17, "-cp", bareClassPath,
                BareWindow.Main.class.getName()));
        Jdks.newest(25).ifPresent(home -> candidates.put("bare JavaFX window, Java 25", List.of(
                home.resolve("bin").resolve("java").toString(), "-cp", bareClassPath,
                BareWindow.Main.class.getName())));
        candidates.put("HeadBack, runnable jar, Java 17", List.of(java17, "-jar", jar, "--data-dir", data));
        var bin = Path.of("target", "dist", "HeadBack", "bin").toAbsolutePath();
        var launcher = menuLauncher(bin);
        if (Files.isExecutable(launcher)) {
            candidates.put("HeadBack, packaged app", List.of(launcher.toString(), "--data-dir", data));
            if (!launcher.equals(bin.resolve("HeadBack"))) {
                candidates.put("HeadBack, packaged app, jpackage's launcher", List.of(
                        bin.resolve("HeadBack").toString(), "--data-dir", data));
            }
            var bare = withoutStartCache(bin.getParent());
            candidates.put("HeadBack, packaged app without its cache", List.of(
                    bare.resolve("bin").resolve(launcher.getFileName()).toString(), "--data-dir", data));
        }
        System.out.printf(Locale.ROOT, "HeadBack start-up benchmark (%s, %d cores), %d interleaved rounds%n",
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), ROUNDS);
        var figures = measure(candidates);
        var floor = figures.values().iterator().next();
        figures.forEach((what, figure) -> System.out.printf(Locale.ROOT,
                "%-42s first frame %6.0f ms (%4.0f–%4.0f)  complete picture %6.0f ms  peak memory %4.0f MB  "
                        + "%.2f× the time (%.2f× to the complete picture), %.2f× the memory%n",
                what, figure.frame(), figure.fastest(), figure.slowest(), figure.complete(), figure.memory(),
                figure.frame() / floor.frame(), figure.complete() / floor.complete(),
                figure.memory() / floor.memory()));
        if (!Files.isExecutable(launcher)) {
            System.out.println("(packaged app not measured: build it first with mvn -Pdist package)");
        }
        for (var what : List.of("HeadBack, runnable jar, Java 17", "HeadBack, packaged app")) {
            if (candidates.containsKey(what)) {
                firstClicks(what, candidates.get(what));
            }
        }
        var runtimes = new LinkedHashMap<String, List<String>>();
        runtimes.put("runnable jar, Java 17", List.of(java17, "-jar", jar));
        if (Files.isExecutable(launcher)) {
            runtimes.put("packaged app", List.of(launcher.toString()));
        }
        RuntimeWork.measure(runtimes, Path.of("target", "bench", "runtime-work").toAbsolutePath());
    }

    /** The launcher the menu entry starts: the shell launcher where the image has one (Linux). */
    private static Path menuLauncher(Path bin) {
        var shell = bin.resolve("HeadBack.sh");
        return Files.isExecutable(shell) ? shell : bin.resolve("HeadBack");
    }

    /** One candidate's medians. */
    record Figure(double frame, double fastest, double slowest, double complete, double memory) {
    }

    private static Map<String, Figure> measure(Map<String, List<String>> candidates) throws Exception {
        var frames = new LinkedHashMap<String, List<Double>>();
        var complete = new LinkedHashMap<String, List<Double>>();
        var memory = new LinkedHashMap<String, List<Double>>();
        for (int round = 0; round <= ROUNDS; round++) {
            for (var candidate : candidates.entrySet()) {
                var output = once(candidate.getValue(), "1");
                if (round > 0) {
                    frames.computeIfAbsent(candidate.getKey(), key -> new ArrayList<>()).add(output.frame());
                    complete.computeIfAbsent(candidate.getKey(), key -> new ArrayList<>()).add(output.complete());
                    memory.computeIfAbsent(candidate.getKey(), key -> new ArrayList<>()).add(
                            output.value("complete-picture-peak-rss-kb") / 1024.0);
                }
            }
        }
        var figures = new LinkedHashMap<String, Figure>();
        frames.forEach((what, times) -> figures.put(what, new Figure(median(times),
                times.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                times.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), median(complete.get(what)),
                median(memory.get(what)))));
        return figures;
    }

    private static void firstClicks(String what, List<String> command) throws Exception {
        var times = new LinkedHashMap<String, List<Double>>();
        for (int run = 0; run < CLICK_RUNS; run++) {
            var output = once(command, "clicks");
            for (var click : CLICKS) {
                times.computeIfAbsent(click, key -> new ArrayList<>()).add(output.value(click));
            }
        }
        var line = new StringBuilder(String.format(Locale.ROOT, "%-42s first clicks (median of %d):", what,
                CLICK_RUNS));
        times.forEach((click, values) -> line.append(String.format(Locale.ROOT, "  %s %.0f ms",
                click.replace("click-", "").replace("-ms", ""), median(values))));
        System.out.println(line);
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** A copy of the app image (file times kept) without its start-up cache or archive: the same start, no cache. */
    private static Path withoutStartCache(Path image) throws IOException {
        var copy = Files.createDirectories(Path.of("target", "bench", "without-cache")).toAbsolutePath()
                .resolve("HeadBack");
        Folders.deleteTree(copy);
        try (var files = Files.walk(image)) {
            for (var source : (Iterable<Path>) files::iterator) {
                var name = source.getFileName().toString();
                if (!name.equals("headback.aot") && !name.equals("headback.jsa")) {
                    Files.copy(source, copy.resolve(image.relativize(source).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    /** What one start printed, and when its first frame and its complete picture were reported. */
    record Output(double frame, double complete, String text) {
        double value(String key) {
            return text.lines().filter(line -> line.startsWith(key + " ")).mapToDouble(line ->
                    Double.parseDouble(line.substring(key.length() + 1).strip())).findFirst().orElse(-1);
        }
    }

    /**
     * One start, timed from here: from just before the process is started to the moments it reports its first
     * frame and its complete picture (the process's own start time is only known to the second on Linux, too
     * coarse to use).
     */
    private static Output once(List<String> command, String probe) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HEADBACK_FIRST_FRAME_PROBE", probe);
        long start = System.nanoTime();
        var process = builder.start();
        double frameMillis = -1;
        double completeMillis = -1;
        var output = new StringBuilder();
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("first-frame-ms") && frameMillis < 0) {
                    frameMillis = (System.nanoTime() - start) / 1e6;
                }
                if (line.startsWith("complete-picture-ms") && completeMillis < 0) {
                    completeMillis = (System.nanoTime() - start) / 1e6;
                }
                output.append(line).append('\n');
            }
        }
        if (!process.waitFor(2, TimeUnit.MINUTES) || frameMillis < 0 || completeMillis < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("no complete first picture from " + command + ":\n" + output);
        }
        return new Output(frameMillis, completeMillis, output.toString());
    }
}
