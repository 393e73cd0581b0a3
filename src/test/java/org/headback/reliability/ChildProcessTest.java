package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash tests count what a killed process reported, so the harness must not lose a line it printed. */
class ChildProcessTest {
    private static final int LINES = 50_000;

    @TempDir
    Path scratch;

    /**
     * Prints many lines in one write, so that the last of them are still on their way to the test when it leaves a
     * mark; then waits to be killed.
     */
    static final class Printer {
        public static void main(String[] args) throws IOException, InterruptedException {
            var text = new StringBuilder();
            IntStream.range(0, Integer.parseInt(args[0])).forEach(index -> text.append("line ").append(index)
                    .append('\n'));
            System.out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            System.out.flush();
            Files.createFile(Path.of(args[1]));
            TimeUnit.MINUTES.sleep(5);
        }
    }

    @Test
    void killedRightAfterPrinting_keepsEveryLineItPrinted() throws Exception {
        var mark = scratch.resolve("printed");
        try (var child = ChildProcess.start(scratch, List.of(), Printer.class, Integer.toString(LINES),
                mark.toString())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(mark) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(mark).as("the child printed everything").exists();
            child.kill();
            assertThat(child.allLines()).containsExactlyElementsOf(
                    IntStream.range(0, LINES).mapToObj(index -> "line " + index).toList());
        }
    }
}
