package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The app unpacked from the {@code .rpm} ({@link RpmCheck}) starts: its command line prints its version and records
 * and lists a day in a data folder of its own, and its window reaches its first frame, loading HeadBack's classes
 * from the start-up cache when the image has one (which it uses only if the files kept their times).
 */
final class RpmStarts {
    private RpmStarts() {
    }

    /** Starts the unpacked launcher; what each start showed. */
    static List<String> check(Path launcher, Path work) throws IOException, InterruptedException {
        var data = work.resolve("data");
        var found = new ArrayList<String>();
        var version = AppRun.checked(List.of(launcher.toString(), "--version"), work.resolve("version.log"));
        found.add("`--version` prints " + version.output().lines().filter(line -> line.startsWith("HeadBack "))
                .findFirst().orElseThrow(() -> new IllegalStateException(version.describe("--version"))));
        var day = LocalDate.now().minusDays(1).toString();
        AppRun.checked(List.of(launcher.toString(), "--data-dir", data.toString(), "diary", "add", day,
                "--back-pain", "3", "--headache", "5"), work.resolve("diary-add.log"));
        var list = AppRun.checked(List.of(launcher.toString(), "--data-dir", data.toString(), "diary", "list"),
                work.resolve("diary-list.log"));
        if (!list.output().contains(day)) {
            throw new IllegalStateException(list.describe("diary list, without the day " + day + " just added,"));
        }
        found.add("`diary add` then `diary list` with `--data-dir` show the day added");
        found.add(window(launcher, data, work));
        return found;
    }

    private static String window(Path launcher, Path data, Path work) throws IOException, InterruptedException {
        var display = Display.find(System.getProperty("os.name"), System.getenv());
        if (display.isEmpty()) {
            return "window not started (" + Display.missing() + ")";
        }
        var start = AotCache.startLoggingClasses(display.get(), launcher, data, work.resolve("window.log"));
        long shared = AotCache.sharedAppClasses(start);
        var cache = launcher.getParent().resolveSibling("lib").resolve("app").resolve(AotCache.CACHE);
        if (Files.isRegularFile(cache) && shared == 0) {
            throw new IllegalStateException("the app from the .rpm started without its start-up cache (see "
                    + work.resolve("window.log") + ")");
        }
        return "window: first frame after " + start.firstFrameMillis().orElseThrow() + " ms on "
                + display.get().description() + (Files.isRegularFile(cache) ? ", " + shared
                + " of HeadBack's classes loaded from the start-up cache" : ", no start-up cache in this image");
    }
}
