package org.headback.storage;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Instant;

/**
 * How a second start asks the open window to come to the front, without any network: it drops a small request
 * file in the data folder, which the open window watches for.
 */
public final class FrontRequests implements AutoCloseable {
    public static final String FILE_NAME = "bring-to-front.request";
    /** How the request is named while it is written, before it is moved to {@link #FILE_NAME}. */
    static final String TEMPORARY_PREFIX = ".front-";

    private final WatchService watcher;
    private final Thread thread;

    private FrontRequests(WatchService watcher, Thread thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /** Asks the window open on this data folder to come to the front. */
    public static void send(Path dataDir) throws IOException {
        var temporary = Files.createTempFile(dataDir, TEMPORARY_PREFIX, ".tmp");
        Files.writeString(temporary, Instant.now().toString());
        Files.move(temporary, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Calls {@code onRequest} (on a background thread) whenever a second start asks; stop with {@link #close()}. */
    public static FrontRequests watch(Path dataDir, Runnable onRequest) throws IOException {
        var watcher = FileSystems.getDefault().newWatchService();
        dataDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        var thread = new Thread(() -> listen(watcher, dataDir, onRequest), "headback-front-requests");
        thread.setDaemon(true);
        thread.start();
        return new FrontRequests(watcher, thread);
    }

    private static void listen(WatchService watcher, Path dataDir, Runnable onRequest) {
        try {
            while (true) {
                var key = watcher.take();
                boolean asked = key.pollEvents().stream()
                        .anyMatch(event -> FILE_NAME.equals(String.valueOf(event.context())));
                key.reset();
                if (asked && Files.deleteIfExists(dataDir.resolve(FILE_NAME))) {
                    onRequest.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException | IOException e) {
            // The window is closing; nobody is left to bring to the front.
            return;
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException ignored) {
            // The watch thread ends either way.
        }
        thread.interrupt();
    }
}
