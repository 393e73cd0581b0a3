package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The diaries this program has open, known by their files (device and inode, never by name), so that nothing of
 * HeadBack's own opens one of them behind SQLite's back. SQLite's locks on a database and on its index belong to the
 * whole program, and the system drops every one of them as soon as the program closes any handle of its own on that
 * file: an article or a CSV file chosen to be read that is in fact the diary, say. Without its locks, the program's
 * log is taken away by another program that closes the diary (finding itself the last, it folds the log in and
 * deletes it), and the saves made here after that are lost.
 */
public final class OpenDiaries {
    private static final Map<Object, Integer> HELD = new ConcurrentHashMap<>();

    private OpenDiaries() {
    }

    /** Whether {@code file} is a diary this program has open, or its index: it must not be opened to be read. */
    public static boolean holds(Path file) {
        return key(file).map(HELD::containsKey).orElse(false);
    }

    /** Notes the database {@code file} and its index as open until the hold is released. */
    static Hold hold(Path file) {
        var keys = Stream.of(file, file.resolveSibling(file.getFileName() + "-shm")).map(OpenDiaries::key)
                .flatMap(Optional::stream).toList();
        keys.forEach(key -> HELD.merge(key, 1, Integer::sum));
        return new Hold(keys);
    }

    private static Optional<Object> key(Path file) {
        try {
            return Optional.ofNullable(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The files of one open connection, noted until it is closed. */
    static final class Hold {
        private final List<Object> keys;
        private boolean released;

        private Hold(List<Object> keys) {
            this.keys = keys;
        }

        synchronized void release() {
            if (!released) {
                released = true;
                keys.forEach(key -> HELD.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null));
            }
        }
    }
}
