package org.headback.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.headback.Launcher;

/**
 * A child process for {@link TwoProcessesTest}: the real command line, held back until the test says go, so that
 * several programs start their work on one data folder at the same moment. Prints {@code ready}, waits for the file
 * named first to exist, then runs the launcher with the other arguments.
 */
public final class AtOnce {
    private AtOnce() {
    }

    public static void main(String[] args) throws InterruptedException {
        var go = Path.of(args[0]);
        System.out.println("ready");
        System.out.flush();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(go) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Launcher.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
