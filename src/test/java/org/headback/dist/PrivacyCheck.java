package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Proof that the packaged app, on its own runtime, uses no network and leaves the system's temporary folder alone:
 * it is started under {@code strace} through its first frame and first clicks (the charts prepared and drawn), and
 * records a day from the command line, and the build fails if either uses an internet socket or address
 * ({@link NetworkTrace}) or creates or writes anything in the temporary folder ({@link TempFolderTrace}). Local
 * sockets ({@code AF_UNIX}, which the window uses to talk to the X server) are fine. Linux only; skipped, saying so,
 * without strace.
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
        System.out.println("No network, nothing written in " + String.join(" or ", tempFolders()) + ": "
                + String.join("; ", findings) + ".");
    }

    /**
     * Runs the command under strace; fails on an internet socket or a write in the temporary folder, else says which
     * socket families it used.
     */
    private static String traced(Display display, String what, List<String> command, Path trace)
            throws IOException, InterruptedException {
        var calls = "trace=network," + TempFolderTrace.CALLS;
        var strace = new ArrayList<>(List.of("strace", "-f", "-e", calls, "-o", trace.toString()));
        strace.addAll(command);
        Files.deleteIfExists(trace);
        // The window's probe goes on through the first clicks (a day, Counts, Charts) and the charts' preparation.
        var run = AppRun.of(display.around(strace), Map.of("HEADBACK_FIRST_FRAME_PROBE", "clicks"),
                Path.of(trace + ".log"));
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.describe("The no-network check's start (" + what + ")"));
        }
        var lines = Files.readAllLines(trace);
        var written = new TempFolderTrace(lines, tempFolders()).writes();
        if (!written.isEmpty()) {
            throw new IllegalStateException("The packaged app wrote in the temporary folder (" + what + "), see "
                    + trace + ":\n" + String.join("\n", written));
        }
        var log = new NetworkTrace(lines.stream().filter(line -> !TempFolderTrace.isFileCall(line)).toList());
        var internet = log.internetUse();
        if (!internet.isEmpty()) {
            throw new IllegalStateException("The packaged app used the network (" + what + "), see " + trace + ":\n"
                    + String.join("\n", internet));
        }
        return what + ": " + log.calls() + " network calls traced, socket families " + log.families() + ", "
                + log.internetSockets() + " internet sockets opened by Java's own probe and never connected, bound,"
                + " listened on or sent on";
    }

    /** The system's temporary folder as Java names it, and $TMPDIR's if that is another. */
    private static List<String> tempFolders() {
        var folders = new ArrayList<String>();
        folders.add(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString());
        var variable = System.getenv("TMPDIR");
        if (variable != null && !variable.isBlank()) {
            var folder = Path.of(variable).toAbsolutePath().normalize().toString();
            if (!folders.contains(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }
}
