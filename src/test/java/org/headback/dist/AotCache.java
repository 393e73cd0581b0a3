package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ahead-of-time cache of a Java 25 app image ({@code lib/app/headback.aot}): trained by one real start of the
 * image's own launcher to its first frame, then kept only if a second start really loads HeadBack's classes from it
 * through the launcher's configuration. Java checks the cache against the jars' sizes and modification times and
 * starts without it when they differ; {@code -Xlog:aot=off} keeps that refusal (or a missing cache) from printing
 * errors a user would take for a fault.
 *
 * <p>Arguments: the image's launcher, its {@code .cfg} file, and a folder under target/ for the training's data and
 * logs.
 */
public final class AotCache {
    static final String CACHE = "headback.aot";
    /** The class-data sharing options jpackage writes for the Java 17 image; a Java 25 image has no such archive. */
    static final Set<String> CDS_OPTIONS = Set.of("-XX:SharedArchiveFile=$APPDIR/headback.jsa", "-Xshare:auto");
    static final List<String> CACHE_OPTIONS = List.of("-XX:AOTCache=$APPDIR/" + CACHE, "-Xlog:aot=off");
    private static final Pattern SHARED_APP_CLASS =
            Pattern.compile("(?m)^\\[.*\\]\\s*org\\.headback\\.\\S+ source: shared objects file");

    private AotCache() {
    }

    public static void main(String[] args) throws Exception {
        var launcher = Path.of(args[0]);
        var cfg = Path.of(args[1]);
        var work = Path.of(args[2]);
        var cache = cfg.resolveSibling(CACHE);
        Files.deleteIfExists(cache);
        rewrite(cfg, CDS_OPTIONS, List.of());
        var display = Display.find(System.getProperty("os.name"), System.getenv());
        if (display.isEmpty()) {
            System.out.println("No ahead-of-time cache (" + Display.missing() + "): the app starts without one.");
            return;
        }
        train(display.get(), launcher, cache, work);
        rewrite(cfg, Set.of(), CACHE_OPTIONS);
        long shared = sharedAppClasses(startLoggingClasses(display.get(), launcher, work.resolve("training-data"),
                work.resolve("check.log")));
        if (shared == 0) {
            rewrite(cfg, Set.copyOf(CACHE_OPTIONS), List.of());
            Files.delete(cache);
            System.out.println("No ahead-of-time cache: the image's second start loaded none of HeadBack's classes"
                    + " from the one trained (see " + work.resolve("check.log") + "); the app starts without it.");
            return;
        }
        System.out.printf(Locale.ROOT, "Ahead-of-time cache: %s, %.0f MB, trained on %s; the next start loaded %d of"
                + " HeadBack's classes from it.%n", cache, Files.size(cache) / 1e6, display.get().description(),
                shared);
    }

    private static void train(Display display, Path launcher, Path cache, Path work)
            throws IOException, InterruptedException {
        var data = work.resolve("training-data");
        Folders.deleteTree(data);
        var run = AppRun.of(display.around(List.of(launcher.toString(), "--data-dir", data.toString())),
                // Up to the first frame, and on through the first clicks (a day, the Counts, the Charts): the
                // cache then holds what those clicks load too.
                Map.of("HEADBACK_FIRST_FRAME_PROBE", "clicks", "JAVA_TOOL_OPTIONS", "-XX:AOTCacheOutput=" + cache),
                work.resolve("training.log"));
        if (run.exitCode() != 0 || !run.reachedFirstFrame() || !Files.isRegularFile(cache)) {
            throw new IllegalStateException(run.describe("The cache's training start (no cache written)"));
        }
    }

    /**
     * A start of the launcher to its first frame with the classes it loads logged (and where each was loaded from);
     * fails the build if it does not reach its first frame.
     */
    static AppRun startLoggingClasses(Display display, Path launcher, Path data, Path log)
            throws IOException, InterruptedException {
        var run = AppRun.of(display.around(List.of(launcher.toString(), "--data-dir", data.toString())),
                Map.of("HEADBACK_FIRST_FRAME_PROBE", "1", "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), log);
        if (run.exitCode() != 0 || !run.reachedFirstFrame()) {
            throw new IllegalStateException(run.describe("The start of " + launcher + " with the cache"));
        }
        return run;
    }

    /** How many of HeadBack's classes the start loaded from the ahead-of-time cache. */
    static long sharedAppClasses(AppRun run) {
        return SHARED_APP_CLASS.matcher(run.output()).results().count();
    }

    private static void rewrite(Path cfg, Set<String> remove, List<String> add) throws IOException {
        Files.write(cfg, LauncherConfig.withJavaOptions(Files.readAllLines(cfg), remove, add));
    }
}
