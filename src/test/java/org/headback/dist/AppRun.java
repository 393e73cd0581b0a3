package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of the packaged app, during the packaging: what it printed (output and errors together) and its exit. */
record AppRun(int exitCode, String output) {
    private static final Duration START = Duration.ofMinutes(3);

    /**
     * Runs the command with these environment variables added, its output kept in {@code log} (beside the build's
     * other files, to be read when a step fails), and waits for it to end.
     */
    static AppRun of(List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        return of(command, environment, log, START);
    }

    /** As {@link #of(List, Map, Path)}, for a command that may take longer than a start (packing a package). */
    static AppRun of(List<String> command, Map<String, String> environment, Path log, Duration longest)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(longest.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end in " + longest.toMinutes()
                    + " minutes; its output is in " + log);
        }
        return new AppRun(process.exitValue(), Files.readString(log));
    }

    /** Whether the app reached its first frame (it prints first-frame-ms under HEADBACK_FIRST_FRAME_PROBE). */
    boolean reachedFirstFrame() {
        return output.lines().anyMatch(line -> line.startsWith("first-frame-ms "));
    }

    /** The run's exit and output, for a build failure. */
    String describe(String what) {
        return what + " ended with exit code " + exitCode + ":\n" + output;
    }
}
