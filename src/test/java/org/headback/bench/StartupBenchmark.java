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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up: from process start to the window's first frame, and peak memory, for a bare JavaFX window with one label
 * (the floor), HeadBack's runnable jar, and the packaged app (when {@code target/dist/HeadBack} has been built with
 * {@code mvn -Pdist package}); each started the same way, on the same machine, in the same run. Needs a display
 * (on a server: Xvfb). The packaged app is also started from a copy without its class-data sharing archive, to
 * show what the archive gains.
 */
public final class StartupBenchmark {
    static final int RUNS = 7;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name").startsWith("Windows")
                && !System.getProperty("os.name").startsWith("Mac")) {
            System.out.println("Start-up benchmark skipped: it opens real windows and needs a display (try Xvfb).");
            return;
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var jar = Path.of("target", "headback.jar").toAbsolutePath().toString();
        var data = Files.createTempDirectory("headback-startup");
        System.out.printf(Locale.ROOT, "HeadBack start-up benchmark (%s, %d cores, Java %s), %d runs each%n",
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), RUNS);
        var bare = measure("bare JavaFX window, one label (java -cp)", List.of(java, "-cp",
                jar + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath(),
                BareWindow.Main.class.getName()));
        var app = measure("HeadBack, runnable jar (java -jar)", List.of(java, "-jar", jar, "--data-dir",
                data.toString()));
        System.out.printf(Locale.ROOT, "  jar / bare: %.2f× the time, %.2f× the memory%n", app[0] / bare[0],
                app[1] / bare[1]);
        var launcher = Path.of("target", "dist", "HeadBack", "bin", "HeadBack");
        if (Files.isExecutable(launcher)) {
            var packaged = measure("HeadBack, packaged app (bin/HeadBack)", List.of(launcher.toString(),
                    "--data-dir", data.toString()));
            System.out.printf(Locale.ROOT, "  packaged / bare: %.2f× the time, %.2f× the memory%n",
                    packaged[0] / bare[0], packaged[1] / bare[1]);
            var withoutArchive = copyWithoutArchive(launcher.getParent().getParent());
            var plain = measure("HeadBack, packaged app without its CDS archive", List.of(
                    withoutArchive.resolve(Path.of("bin", "HeadBack")).toString(), "--data-dir", data.toString()));
            System.out.printf(Locale.ROOT, "  without archive / bare: %.2f× the time, %.2f× the memory%n",
                    plain[0] / bare[0], plain[1] / bare[1]);
        } else {
            System.out.println("(packaged app not measured: build it first with mvn -Pdist package)");
        }
    }

    /** A copy of the app image (file times kept) without {@code lib/app/headback.jsa}: the same start, no archive. */
    private static Path copyWithoutArchive(Path image) throws IOException {
        var copy = Files.createTempDirectory("headback-no-cds").resolve("HeadBack");
        try (var files = Files.walk(image)) {
            for (var source : (Iterable<Path>) files::iterator) {
                var target = copy.resolve(image.relativize(source).toString());
                if (!source.getFileName().toString().equals("headback.jsa")) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    /** Runs the command RUNS times after one warm-up; returns the median first-frame time (ms) and peak RSS (MB). */
    private static double[] measure(String what, List<String> command) throws IOException, InterruptedException {
        var frames = new ArrayList<Double>();
        var memory = new ArrayList<Double>();
        for (int run = 0; run <= RUNS; run++) {
            var result = once(command);
            if (run > 0) {
                frames.add(result[0]);
                memory.add(result[1]);
            }
        }
        Collections.sort(frames);
        Collections.sort(memory);
        double frame = frames.get(frames.size() / 2);
        double rss = memory.get(memory.size() / 2);
        System.out.printf(Locale.ROOT, "%-45s first frame %6.0f ms (%4.0f–%4.0f)   peak memory %5.0f MB%n", what,
                frame, frames.get(0), frames.get(frames.size() - 1), rss);
        return new double[] {frame, rss};
    }

    /**
     * One start, timed from here: from just before the process is started to the moment it reports its first
     * frame (the process's own start time is only known to the second on Linux, too coarse to use).
     */
    private static double[] once(List<String> command) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HEADBACK_FIRST_FRAME_PROBE", "1");
        long start = System.nanoTime();
        var process = builder.start();
        double frameMillis = -1;
        var output = new StringBuilder();
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("first-frame-ms") && frameMillis < 0) {
                    frameMillis = (System.nanoTime() - start) / 1e6;
                }
                output.append(line).append('\n');
            }
        }
        if (!process.waitFor(2, TimeUnit.MINUTES) || frameMillis < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("no first frame from " + command + ":\n" + output);
        }
        return new double[] {frameMillis, value(output.toString(), "peak-rss-kb") / 1024.0};
    }

    private static double value(String output, String key) {
        return output.lines().filter(line -> line.startsWith(key + " ")).mapToDouble(line ->
                Double.parseDouble(line.substring(key.length() + 1).strip())).findFirst().orElse(-1);
    }
}
