package org.headback.storage;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a second start asks the open window to come to the front, without any network: it drops a small request
 * file in the data folder, which the open window watches for. The request says what to show: the window as it is,
 * or today's entry (the reminder's notification asks for that).
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

    /** What the window is asked to show as it comes to the front. */
    public enum Request {
        /** The window as it is. */
        FRONT,
        /** Today's entry in the diary. */
        TODAY;

        /** The request a file holds: anything but {@code TODAY} (an older HeadBack's time stamp) is {@link #FRONT}. */
        static Request read(String text) {
            return text.strip().equals(TODAY.name().toLowerCase(Locale.ROOT)) ? TODAY : FRONT;
        }
    }

    /** Asks the window open on this data folder to come to the front. */
    public static void send(Path dataDir) throws IOException {
        send(dataDir, Request.FRONT);
    }

    /** Asks the window open on this data folder to come to the front and show what the request says. */
    public static void send(Path dataDir, Request request) throws IOException {
        var temporary = Files.createTempFile(dataDir, TEMPORARY_PREFIX, ".tmp");
        Files.writeString(temporary, request.name().toLowerCase(Locale.ROOT));
        Files.move(temporary, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Calls {@code onRequest} (on a background thread) whenever a second start asks; stop with {@link #close()}. */
    public static FrontRequests watch(Path dataDir, Runnable onRequest) throws IOException {
        return watchRequests(dataDir, request -> onRequest.run());
    }

    /**
     * Calls {@code onRequest} (on a background thread) with each request a second start or the reminder makes; stop
     * with {@link #close()}.
     */
    public static FrontRequests watchRequests(Path dataDir, Consumer<Request> onRequest) throws IOException {
        var watcher = FileSystems.getDefault().newWatchService();
        dataDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        var thread = new Thread(() -> listen(watcher, dataDir, onRequest), "headback-front-requests");
        thread.setDaemon(true);
        thread.start();
        return new FrontRequests(watcher, thread);
    }

    private static void listen(WatchService watcher, Path dataDir, Consumer<Request> onRequest) {
        try {
            while (true) {
                var key = watcher.take();
                boolean asked = key.pollEvents().stream()
                        .anyMatch(event -> FILE_NAME.equals(String.valueOf(event.context())));
                key.reset();
                if (asked) {
                    take(dataDir.resolve(FILE_NAME)).ifPresent(onRequest);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException | IOException e) {
            // The window is closing; nobody is left to bring to the front.
            return;
        }
    }

    /** The request in the file, which is removed; empty when another look took it first. */
    private static Optional<Request> take(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException e) {
            text = "";
        }
        return Files.deleteIfExists(file) ? Optional.of(Request.read(text)) : Optional.empty();
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
