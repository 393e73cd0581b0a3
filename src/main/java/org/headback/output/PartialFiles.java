package org.headback.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files being written under a temporary name beside their target, before they are moved into place.
 *
 * <p>While one is written, an entry in the data folder's {@value #JOURNAL} folder names it and the process writing it
 * (its id and start time). Its end, a failure or a cancel removes both; so does a shutdown hook when the process is
 * stopped (SIGTERM, the window closed while it writes). A process killed outright (SIGKILL, a crash) cannot, so every
 * start of HeadBack removes what the entries of processes that are gone name, and never the file of a program that is
 * still running and writing it.
 */
final class PartialFiles {
    static final String JOURNAL = "partial-files";
    private static final Pattern NAME = Pattern.compile("\\.headback-(\\d+)-[0-9a-f]+\\.partial");
    private static final String NEW = ".new";
    /** How far apart two readings of one process's start time may be (they are rounded to the clock's ticks). */
    private static final Duration SAME_START = Duration.ofSeconds(2);
    /** How old a temporary file with no entry must be before a later write into its folder removes it. */
    private static final Duration ABANDONED = Duration.ofDays(1);
    private static final Set<Partial> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    /** A file being written, and its entry in the journal. */
    record Partial(Path file, Optional<Path> entry) {
    }

    private PartialFiles() {
    }

    static Path journal(Path dataDir) {
        return dataDir.resolve(JOURNAL);
    }

    static boolean isJournal(String name) {
        return name.equalsIgnoreCase(JOURNAL);
    }

    static boolean isPartial(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * Records a new temporary file beside {@code target}, then makes it, readable and writable by its owner only.
     * The record is a help for cleaning up after a killed program, never a condition of writing: when the data folder
     * cannot take it (its disk is full, say), the file is written all the same, and what a program killed while
     * writing it leaves behind is removed by its name when a later one writes into that folder
     * ({@link #removeLeftoversBeside}).
     */
    static Partial begin(Path dataDir, Path target) throws IOException {
        ShutdownHook.install();
        var self = ProcessHandle.current();
        var id = self.pid() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        var file = target.resolveSibling(".headback-" + id + ".partial");
        var start = self.info().startInstant().map(Instant::toString).orElse("");
        var entry = record(journal(dataDir).resolve(id), self.pid() + "\n" + start + "\n" + file + "\n");
        var partial = new Partial(file, entry);
        IN_FLIGHT.add(partial);
        try {
            removeLeftoversBeside(target);
            Files.createFile(partial.file(), ownerOnly("rw-------"));
            return partial;
        } catch (IOException | RuntimeException e) {
            end(partial);
            throw e;
        }
    }

    /**
     * Writes the entry under a name the next start does not read as an entry, then gives it its own; empty when the
     * data folder cannot take it.
     */
    private static Optional<Path> record(Path entry, String text) {
        var fresh = entry.resolveSibling(entry.getFileName() + NEW);
        try {
            Files.createDirectories(fresh.getParent(), ownerOnly("rwx------"));
            try (var channel = Files.newByteChannel(fresh, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly("rw-------"))) {
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            }
            Files.move(fresh, entry, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException | RuntimeException ignored) {
                // The next start removes it.
            }
            return Optional.empty();
        }
    }

    /**
     * Removes, from the folder a file is about to be written in, the temporary files of programs that are gone and
     * that are older than a day: those a killed program left where it could not note them in its data folder.
     */
    static void removeLeftoversBeside(Path target) {
        var folder = target.toAbsolutePath().getParent();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> isPartial(file.getFileName().toString())).toList();
        } catch (IOException | RuntimeException ignored) {
            return; // tried again at the next write into this folder
        }
        for (var file : files) {
            try {
                var matcher = NAME.matcher(file.getFileName().toString());
                if (matcher.matches() && !isRunning(Long.parseLong(matcher.group(1)), Optional.empty())
                        && isOlderThan(file, ABANDONED)) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | RuntimeException ignored) {
                // Tried again at the next write into this folder; the others are not held up.
            }
        }
    }

    private static boolean isOlderThan(Path file, Duration age) throws IOException {
        var modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        return modified.isBefore(Instant.now().minus(age)) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Removes the temporary file if it is still there (moved into place, it is not), then its entry. Never fails: it
     * runs after a failure that is the one to report, and in the shutdown hook, which must print nothing.
     */
    static void end(Partial partial) {
        try {
            Files.deleteIfExists(partial.file());
            if (partial.entry().isPresent()) {
                Files.deleteIfExists(partial.entry().get());
            }
        } catch (IOException | RuntimeException ignored) {
            // The entry stays, and the next start removes what it names.
        }
        IN_FLIGHT.remove(partial);
    }

    /**
     * Removes the temporary files that processes now gone left behind, and their entries; the files of programs still
     * running are left alone. Returns how many entries were cleared. Never fails: what it cannot remove now, it tries
     * again at the next start.
     */
    static int removeLeftovers(Path dataDir) {
        var journal = journal(dataDir);
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        List<Path> entries;
        try (Stream<Path> listing = Files.list(journal)) {
            entries = listing.toList();
        } catch (IOException | RuntimeException ignored) {
            return 0; // tried again at the next start
        }
        int cleared = 0;
        for (var entry : entries) {
            try {
                cleared += removeIfAbandoned(entry) ? 1 : 0;
            } catch (IOException | RuntimeException ignored) {
                // This one is tried again at the next start; the others are not held up.
            }
        }
        return cleared;
    }

    private static boolean removeIfAbandoned(Path entry) throws IOException {
        var name = entry.getFileName().toString();
        var pid = name.split("-", 2)[0];
        if (!pid.matches("\\d+")) {
            return false;
        }
        List<String> lines = name.endsWith(NEW) ? List.of() : Files.readAllLines(entry, StandardCharsets.UTF_8);
        var start = lines.size() >= 2 && !lines.get(1).isEmpty() ? Optional.of(Instant.parse(lines.get(1)))
                : Optional.<Instant>empty();
        if (isRunning(Long.parseLong(pid), start)) {
            return false;
        }
        if (lines.size() >= 3) {
            var file = Path.of(lines.get(2));
            var matcher = NAME.matcher(String.valueOf(file.getFileName()));
            // Only ever a file of the name this class gives, made by the process of the entry.
            if (matcher.matches() && matcher.group(1).equals(pid)) {
                Files.deleteIfExists(file);
            }
        }
        return Files.deleteIfExists(entry);
    }

    /** Whether the process is still running: the same id, and (where known) the same start time, not a later one. */
    private static boolean isRunning(long pid, Optional<Instant> start) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> start.isEmpty()
                || process.info().startInstant().map(now -> Duration.between(start.get(), now).abs()
                        .compareTo(SAME_START) <= 0).orElse(true)).isPresent();
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(permissions))} : new FileAttribute<?>[0];
    }

    /** On SIGTERM (or any normal end of the program) removes the files still being written, and their entries. */
    private static final class ShutdownHook {
        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(IN_FLIGHT).forEach(PartialFiles::end),
                    "headback-partial-files"));
        }

        private ShutdownHook() {
        }

        static void install() {
            // Loading the class registers the hook, once.
        }
    }
}
