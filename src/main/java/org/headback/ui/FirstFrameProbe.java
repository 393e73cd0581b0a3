package org.headback.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only: when the environment variable {@code HEADBACK_FIRST_FRAME_PROBE} is set, prints
 * how long after the process started the window's first frame was laid out, and the process's peak memory, then
 * closes the window (so it is remembered as on a normal quit) and quits; with the value {@code clicks}, the window
 * stays for {@link FirstClicksProbe}. It does nothing otherwise.
 */
public final class FirstFrameProbe {
    static final String VARIABLE = "HEADBACK_FIRST_FRAME_PROBE";

    private FirstFrameProbe() {
    }

    public static void watch(Scene scene) {
        if (System.getenv(VARIABLE) == null) {
            return;
        }
        FirstFrame.whenLaidOut(scene, () -> {
            report();
            if (!FirstClicksProbe.wanted()) {
                scene.getWindow().hide();
                Platform.exit();
            }
        });
    }

    private static void report() {
        var started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        System.out.println("first-frame-ms " + Duration.between(started, Instant.now()).toMillis());
        System.out.println("peak-rss-kb " + peakResidentKilobytes());
        ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu ->
                System.out.println("first-frame-cpu-ms " + cpu.toMillis()));
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
