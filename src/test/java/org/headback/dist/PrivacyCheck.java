package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Proof that the packaged app, on its own runtime, uses no network: it is started under {@code strace} through its
 * first frame and first clicks (the charts prepared and drawn), and records a day from the command line, and the
 * build fails if either uses an internet socket or address ({@link NetworkTrace}). Local sockets ({@code AF_UNIX},
 * which the window uses to talk to the X server) are fine. Linux only; skipped, saying so, without strace.
 *
 * <p>Arguments: the image's launcher and a folder under target/ for the check's data and the traces.
 */
public final class PrivacyCheck {
    private PrivacyCheck() {
    }

    public static void main(String[] args) throws Exception {
        var launcher = Path.of(args[0]);
        var work = Path.of(args[1]);
        if (!System.getProperty("os.name").startsWith("Linux")) {
            System.out.println("No-network check skipped: it traces the app with strace, on Linux only.");
            return;
        }
        if (Display.onPath("strace", System.getenv()).isEmpty()) {
            System.out.println("No-network check skipped: strace is not on the PATH (apt-get install strace).");
            return;
        }
        var data = work.resolve("data");
        Folders.deleteTree(data);
        var findings = new ArrayList<String>();
        var display = Display.find(System.getProperty("os.name"), System.getenv());
        if (display.isPresent()) {
            findings.add(traced(display.get(), "window and first clicks", List.of(launcher.toString(), "--data-dir",
                    data.toString()), work.resolve("first-frame.strace")));
        } else {
            findings.add("window not checked (" + Display.missing() + ")");
        }
        findings.add(traced(new Display(List.of(), "none"), "diary add", List.of(launcher.toString(), "--data-dir",
                data.toString(), "diary", "add", LocalDate.now().minusDays(1).toString(), "--back-pain", "3",
                "--headache", "5"), work.resolve("diary-add.strace")));
        System.out.println("No network: " + String.join("; ", findings) + ".");
    }

    /** Runs the command under strace; fails on an internet socket, else says which socket families it used. */
    private static String traced(Display display, String what, List<String> command, Path trace)
            throws IOException, InterruptedException {
        var strace = new ArrayList<>(List.of("strace", "-f", "-e", "trace=network", "-o", trace.toString()));
        strace.addAll(command);
        Files.deleteIfExists(trace);
        // The window's probe goes on through the first clicks (a day, Counts, Charts) and the charts' preparation.
        var run = AppRun.of(display.around(strace), Map.of("HEADBACK_FIRST_FRAME_PROBE", "clicks"),
                Path.of(trace + ".log"));
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.describe("The no-network check's start (" + what + ")"));
        }
        var log = new NetworkTrace(Files.readAllLines(trace));
        var internet = log.internetUse();
        if (!internet.isEmpty()) {
            throw new IllegalStateException("The packaged app used the network (" + what + "), see " + trace + ":\n"
                    + String.join("\n", internet));
        }
        return what + ": " + log.calls() + " network calls traced, socket families " + log.families() + ", "
                + log.internetSockets() + " internet sockets opened by Java's own probe and never connected, bound,"
                + " listened on or sent on";
    }
}
