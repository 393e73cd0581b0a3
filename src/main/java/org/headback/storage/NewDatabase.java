package org.headback.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a new, fully migrated database in place when the data folder has none. The database is made under a
 * temporary name in the same folder and then linked to its final name in one step that fails if a file is there
 * already, so the final name never holds a half-made database: any other program starting at the same moment finds
 * either no file or a whole one (and the one that lost the race opens the winner's). A file of zero bytes under the
 * final name is therefore never HeadBack's own making.
 */
final class NewDatabase {
    static final String TEMPORARY_PREFIX = "." + Database.FILE_NAME + ".new-";
    /** A temporary file this old was left by a program that was killed while making it: it holds no diary yet. */
    private static final Duration LEFT_BEHIND = Duration.ofMinutes(10);
    private static final List<String> SIDE_FILES = List.of("", "-wal", "-shm", "-journal");

    private NewDatabase() {
    }

    /** Makes the database {@code file} if there is none; returns at once if there is one. */
    static void createIfMissing(Path file) {
        if (Files.exists(file)) {
            return;
        }
        var folder = file.getParent();
        removeLeftBehind(folder);
        Path made;
        try {
            made = Files.createTempFile(folder, TEMPORARY_PREFIX, "");
        } catch (IOException e) {
            throw new StorageException(DataDirectory.cannotWrite(folder, e), e);
        }
        try {
            migrate(made, file);
            OwnerOnly.restrictFile(made);
            putInPlace(made, file);
        } catch (IOException e) {
            throw new StorageException(DataDirectory.cannotWrite(folder, e), e);
        } finally {
            deleteQuietly(made);
        }
    }

    /** Errors name the diary's file, as the user knows it, not the temporary name it is made under. */
    private static void migrate(Path made, Path file) {
        try (var connection = Database.connect(made, false)) {
            Database.configure(connection);
            new Migrations(made).apply(connection);
        } catch (SQLException e) {
            throw SqliteMessages.failure(file, e);
        }
    }

    /** Links the new file to its final name, unless a file is there already (another program's, made meanwhile). */
    private static void putInPlace(Path made, Path file) throws IOException {
        try {
            Files.createLink(file, made);
        } catch (FileAlreadyExistsException e) {
            // Another program put its new database in place first: that one is used.
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(file)) {
                return;
            }
            // A file system without hard links: a rename that does not replace an existing file.
            try {
                Files.move(made, file);
            } catch (FileAlreadyExistsException taken) {
                // As above.
            }
        }
    }

    private static void removeLeftBehind(Path folder) {
        var before = FileTime.from(Instant.now().minus(LEFT_BEHIND));
        try (Stream<Path> files = Files.list(folder)) {
            for (var file : files.filter(f -> f.getFileName().toString().startsWith(TEMPORARY_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException ignored) {
            // Only tidying: a leftover temporary file holds no diary and is never taken for one.
        }
    }

    private static void deleteQuietly(Path made) {
        for (var suffix : SIDE_FILES) {
            try {
                Files.deleteIfExists(made.resolveSibling(made.getFileName() + suffix));
            } catch (IOException ignored) {
                // Removed by a later start once it is old enough.
            }
        }
    }
}
