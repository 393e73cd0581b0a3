package org.headback.reliability;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Java process started from the test's own class path, whose output lines are collected as they come; it can be
 * killed with SIGKILL ({@link Process#destroyForcibly()} on Linux and macOS) at any moment.
 *
 * <p>The output goes to a file that is followed as it grows, not through a pipe: killing a process closes the pipe
 * from its output at once, so lines it had printed but the test had not yet read were lost ("Stream closed"), and a
 * test that counts what the process reported must see every one of them.
 */
final class ChildProcess implements AutoCloseable {
    private static final long FOLLOW_PAUSE_MS = 5;

    private final Process process;
    private final Path output;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
        this.reader = new Thread(this::readLines, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code mainClass} with {@code args}. SQLite's native library is unpacked into {@code scratch}, so what a
     * killed process leaves behind is removed with the test's temporary folder.
     */
    static ChildProcess start(Path scratch, List<String> jvmOptions, Class<?> mainClass, String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dorg.sqlite.tmpdir=" + scratch, "-Djava.io.tmpdir=" + scratch));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        try {
            var output = Files.createTempFile(scratch, "child-", ".out");
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            return new ChildProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows the output file until the process has ended and everything it wrote has been read. */
    private void readLines() {
        var line = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(output))) {
            boolean ended = false;
            while (true) {
                int next = in.read();
                if (next == '\n') {
                    lines.add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else if (next >= 0) {
                    line.write(next);
                } else if (ended) {
                    break;
                } else {
                    // Checked before the last read, so anything written before the end is still read.
                    ended = !process.isAlive();
                    Thread.sleep(ended ? 0 : FOLLOW_PAUSE_MS);
                }
            }
        } catch (IOException e) {
            lines.add("(output unreadable: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (line.size() > 0) {
            // A line cut short by the kill is not a line the process finished printing.
            lines.add("(unfinished line: " + line.toString(StandardCharsets.UTF_8) + ")");
        }
    }

    /** Waits for a line that starts with {@code prefix}; false if the process ended or the wait ran out first. */
    boolean awaitLine(String prefix, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (System.nanoTime() < deadline) {
            var line = lines.poll(50, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (line.startsWith(prefix)) {
                    return true;
                }
            } else if (!process.isAlive() && lines.isEmpty()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Waits for a line that starts with {@code prefix}; if none comes within a minute, stops the process and fails
     * with everything it printed (an error's stack trace, say).
     */
    void require(String prefix, String what) throws InterruptedException {
        if (!awaitLine(prefix, 60, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError(what + ": no line starting with \"" + prefix + "\" came; the process printed "
                    + allLines());
        }
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM ({@link Process#destroy()} on Linux and macOS): the process runs its shutdown hooks; its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** Waits for the process to end by itself; its exit code, or -1 if it did not end in time. */
    int waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit) ? process.exitValue() : -1;
    }

    /** Every line the process printed, once it has ended (lines still in the pipe are read too). */
    List<String> allLines() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(30));
        lines.drainTo(seen);
        return List.copyOf(seen);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
