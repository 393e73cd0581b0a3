package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One run of the packaged app, or of a packaging tool, during the packaging: what it printed (output and errors
 * together) and its exit.
 */
record AppRun(int exitCode, String output) {
    /** How long the app may take: a start that hangs fails the build instead of holding it. */
    private static final long APP_MINUTES = 3;
    /** How long a packaging tool may take: dpkg-deb and rpmbuild compress some 190 MB, minutes on a busy machine. */
    private static final long TOOL_MINUTES = 20;
    private static final String FIRST_FRAME = "first-frame-ms ";

    /**
     * Runs the command with these environment variables added, its output kept in {@code log} (beside the build's
     * other files, to be read when a step fails), and waits for it to end.
     */
    static AppRun of(List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        return run(command, environment, log, APP_MINUTES);
    }

    /** Runs the app as {@link #of} does, and fails the build, with its output, when it does not succeed. */
    static AppRun checked(List<String> command, Path log) throws IOException, InterruptedException {
        return succeeded(command, run(command, Map.of(), log, APP_MINUTES));
    }

    /** Runs a packaging tool, allowed more time than the app, and fails the build when it does not succeed. */
    static AppRun tool(List<String> command, Path log) throws IOException, InterruptedException {
        return succeeded(command, run(command, Map.of(), log, TOOL_MINUTES));
    }

    private static AppRun run(List<String> command, Map<String, String> environment, Path log, long minutes)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            // A tool's own children (dpkg-deb's compressor) would go on writing its output otherwise.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end in " + minutes
                    + " minutes; its output is in " + log);
        }
        return new AppRun(process.exitValue(), Files.readString(log));
    }

    private static AppRun succeeded(List<String> command, AppRun run) {
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.describe(String.join(" ", command)));
        }
        return run;
    }

    /** Whether the app reached its first frame (it prints first-frame-ms under HEADBACK_FIRST_FRAME_PROBE). */
    boolean reachedFirstFrame() {
        return firstFrameMillis().isPresent();
    }

    /** The milliseconds from the start to the first frame, as the app printed them, if it reached it. */
    Optional<String> firstFrameMillis() {
        return output.lines().filter(line -> line.startsWith(FIRST_FRAME)).findFirst()
                .map(line -> line.substring(FIRST_FRAME.length()).strip());
    }

    /** The run's exit and output, for a build failure. */
    String describe(String what) {
        return what + " ended with exit code " + exitCode + ":\n" + output;
    }
}
