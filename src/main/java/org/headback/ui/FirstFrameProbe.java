package org.headback.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only: when the environment variable {@code HEADBACK_FIRST_FRAME_PROBE} is set, prints
 * how long after the process started the window's first frame was laid out, and the process's peak memory; then
 * the same when the first picture is complete (what it shows has all arrived from the work done off the JavaFX
 * thread: the library, the article's text, the month's days, the day's entry), so that no figure stops at a window
 * still filling in. Then it closes the window (so it is remembered as on a normal quit) and quits; with the value
 * {@code clicks}, the window stays for {@link FirstClicksProbe}. It does nothing otherwise.
 */
public final class FirstFrameProbe {
    static final String VARIABLE = "HEADBACK_FIRST_FRAME_PROBE";

    private FirstFrameProbe() {
    }

    /** A window whose first frame is its whole picture, as a bare window's. */
    public static void watch(Scene scene) {
        watch(scene, () -> true);
    }

    /** {@code complete} says whether everything the first picture shows has arrived. */
    public static void watch(Scene scene, BooleanSupplier complete) {
        if (System.getenv(VARIABLE) == null) {
            return;
        }
        Runnable completed = () -> {
            report("complete-picture");
            if (!FirstClicksProbe.wanted()) {
                scene.getWindow().hide();
                Platform.exit();
            }
        };
        FirstFrame.whenLaidOut(scene, () -> {
            report("first-frame");
            if (complete.getAsBoolean()) {
                completed.run();
            } else {
                LaidOut.when(scene, complete, true, completed);
            }
        });
    }

    /** The time since the process started, its peak memory and its processor time: "first-frame-ms 1234" etc. */
    private static void report(String moment) {
        var started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        System.out.println(moment + "-ms " + Duration.between(started, Instant.now()).toMillis());
        System.out.println(moment + "-peak-rss-kb " + peakResidentKilobytes());
        ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu ->
                System.out.println(moment + "-cpu-ms " + cpu.toMillis()));
        System.out.flush();
    }

    /** VmHWM from /proc on Linux; -1 elsewhere. */
    static long peakResidentKilobytes() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
