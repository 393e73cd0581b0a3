package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ways out when the data folder's database cannot be used ({@link UnusableDatabaseException}): restore the newest
 * backup, or start a new diary. Either way the unusable file is first moved aside in the same folder, under a name
 * that says what it is ({@code headback.db.unreadable-2026-11-21T10-15-00}), together with its side files; it is
 * never deleted or written to. Until one of these is chosen, nothing at all is changed.
 */
public final class Recovery {
    static final String ASIDE_MARK = ".unreadable-";
    /** SQLite's side files, moved before the database itself: a log left beside a new file could be read into it. */
    static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss");

    private final Path dataDir;
    private final Clock clock;

    public Recovery(Path dataDir, Clock clock) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A database opened by a way out, and where the unusable file now is. */
    public record Outcome(Database database, Path movedTo) {
        public Outcome {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(movedTo, "movedTo");
        }
    }

    /** The newest daily backup that is a sound HeadBack database this version can restore, if there is one. */
    public Optional<Backups.Backup> newestBackup() {
        for (var backup : Backups.listIn(dataDir, clock)) {
            try {
                OnlineRestore.requireRestorable(backup.file());
                return Optional.of(backup);
            } catch (StorageException e) {
                // Damaged or too new itself: the next older one may do.
            }
        }
        return Optional.empty();
    }

    /** Moves the unusable file aside and opens a new, empty diary in its place. */
    public Outcome startNew() {
        var movedTo = moveAside();
        return new Outcome(Database.open(dataDir), movedTo);
    }

    /**
     * Restores a backup: the backup is checked first (if it is refused, nothing changes); then the unusable file is
     * moved aside and a new database takes the backup's content.
     */
    public Outcome restore(Backups.Backup backup) {
        OnlineRestore.requireRestorable(backup.file());
        var movedTo = moveAside();
        var database = Database.open(dataDir);
        try {
            database.restoreFrom(backup.file());
            return new Outcome(database, movedTo);
        } catch (RuntimeException e) {
            database.close();
            throw new StorageException("The backup of " + backup.date() + " could not be restored: "
                    + e.getMessage() + " The unusable file is kept as " + movedTo + ".", e);
        }
    }

    /**
     * Renames the database and its side files to {@code headback.db.unreadable-<time>} (and {@code …-wal},
     * {@code …-shm}), side files first, each in one atomic step within the folder. Returns the database's new name,
     * or its log's when only the log was there.
     */
    public Path moveAside() {
        var file = dataDir.resolve(Database.FILE_NAME);
        var target = freeName(file);
        Path kept = null;
        try {
            for (var suffix : SIDE_FILES) {
                var side = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(side, LinkOption.NOFOLLOW_LINKS)) {
                    var sideTarget = target.resolveSibling(target.getFileName() + suffix);
                    Files.move(side, sideTarget, StandardCopyOption.ATOMIC_MOVE);
                    kept = kept == null ? sideTarget : kept;
                }
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                kept = target;
            }
            return kept != null ? kept : target;
        } catch (IOException e) {
            throw new StorageException("Cannot move " + file + " aside to " + target + ": "
                    + FileFailure.describe(file, e) + ". Nothing was deleted.", e);
        }
    }

    /** {@code headback.db.unreadable-<time>}, with a counter if that name (or one of its side files) is taken. */
    private Path freeName(Path file) {
        var base = file.getFileName() + ASIDE_MARK + STAMP.format(LocalDateTime.now(clock));
        var candidate = file.resolveSibling(base);
        for (int n = 2; taken(candidate); n++) {
            candidate = file.resolveSibling(base + "-" + n);
        }
        return candidate;
    }

    private static boolean taken(Path candidate) {
        return Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) || SIDE_FILES.stream().anyMatch(suffix ->
                Files.exists(candidate.resolveSibling(candidate.getFileName() + suffix), LinkOption.NOFOLLOW_LINKS));
    }
}
