package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Copies of the user's database in the {@value #FOLDER} folder beside it, private to the user.
 *
 * <p>Daily backups are called {@code headback-YYYY-MM-DD.db}; the newest {@value #KEEP} are kept. Before a restore,
 * the database as it was is copied to {@code before-restore-YYYY-MM-DD-HHMMSS.db}, so that a restore can be undone;
 * those copies are counted apart from the daily ones (a restore never pushes a daily backup out) and pruned on their
 * own, keeping the newest {@value #KEEP_BEFORE_RESTORE}. The copy just made is always kept, even if the clock went
 * back. Files with other names are left alone. Each copy is written under a temporary name and then moved into
 * place, so a crash never leaves half a copy under a backup's name.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    public static final int KEEP = 14;
    public static final int KEEP_BEFORE_RESTORE = 5;

    private final Database database;
    private final Path folder;
    private final Clock clock;

    public Backups(Database database, Path dataDir, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.folder = dataDir.resolve(FOLDER);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A backup file; {@code date} is the day it was made. */
    public record Backup(Path file, LocalDate date, long sizeBytes) {
        public Backup {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(date, "date");
        }

        /** As a person picks it from a list: "2026-11-20 (24 KB)". */
        @Override
        public String toString() {
            return date + " (" + Math.max(1, (sizeBytes + 1023) / 1024) + " KB)";
        }
    }

    /**
     * At most once per calendar day (the clock's local date): a consistent copy of the database in the backups
     * folder, then only the newest {@value #KEEP} daily backups are kept. Returns the new backup, or empty if
     * today's already exists.
     */
    public synchronized Optional<Path> backUpIfDue() {
        var target = folder.resolve(BackupNames.daily(LocalDate.now(clock)));
        if (Files.exists(target)) {
            return Optional.empty();
        }
        copyDatabaseTo(target);
        prune(BackupNames::parseDaily, KEEP, target);
        return Optional.of(target);
    }

    /** The daily backups, newest first. */
    public synchronized List<Backup> list() {
        return listIn(folder.getParent());
    }

    /** The daily backups of a data folder, newest first; needs no open database. */
    public static List<Backup> listIn(Path dataDir) {
        return scan(dataDir.resolve(FOLDER), BackupNames::parseDaily).map(Backups::describe).toList();
    }

    /** The copies kept before restores, newest first: restoring one undoes the restore that made it. */
    public synchronized List<Backup> beforeRestoreCopies() {
        return scan(folder, BackupNames::parseBeforeRestore).map(Backups::describe).toList();
    }

    /**
     * Replaces the database's content with a backup's. The backup is checked first (a HeadBack database, intact, of
     * a schema this version knows) and refused otherwise, with nothing changed; then the database as it is now is
     * copied to a {@code before-restore-…} file; then the backup's content replaces it, in one transaction.
     */
    public synchronized void restore(Backup backup) {
        OnlineRestore.requireRestorable(backup.file());
        var copy = nextBeforeRestoreCopy();
        copyDatabaseTo(copy);
        database.restoreFrom(backup.file());
        prune(BackupNames::parseBeforeRestore, KEEP_BEFORE_RESTORE, copy);
    }

    private Path nextBeforeRestoreCopy() {
        try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            return folder.resolve(BackupNames.nextBeforeRestore(LocalDateTime.now(clock), files.toList()));
        } catch (IOException e) {
            throw new StorageException("Cannot list the backups in " + folder + " (" + e.getMessage() + ").", e);
        }
    }

    /** Writes the copy under a temporary name, then moves it into place: a final name only holds whole copies. */
    private void copyDatabaseTo(Path target) {
        var partial = BackupNames.partial(target);
        try {
            Files.createDirectories(folder);
            OwnerOnly.restrictFolder(folder);
            Files.deleteIfExists(partial);
            database.backupTo(partial);
            OwnerOnly.restrictFile(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StorageException("Cannot write the backup " + target + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ").", e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /** Keeps the one just made, even if the clock went back, and the newest others up to {@code keep} in all. */
    private void prune(Function<Path, Optional<BackupNames.Entry>> kind, int keep, Path justMade) {
        var old = scan(folder, kind).filter(entry -> !entry.file().equals(justMade)).skip(keep - 1L).toList();
        try (Stream<Path> files = Files.list(folder)) {
            var stale = Stream.concat(old.stream().map(BackupNames.Entry::file), files.filter(BackupNames::isPartial))
                    .toList();
            for (var file : stale) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot remove old backups from " + folder + " (" + e.getMessage() + ").", e);
        }
    }

    private static Stream<BackupNames.Entry> scan(Path folder, Function<Path, Optional<BackupNames.Entry>> kind) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(kind)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupNames.Entry::order).reversed())
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new StorageException("Cannot list the backups in " + folder + " (" + e.getMessage() + ").", e);
        }
    }

    private static Backup describe(BackupNames.Entry entry) {
        try {
            return new Backup(entry.file(), entry.date(), Files.size(entry.file()));
        } catch (IOException e) {
            throw new StorageException("Cannot read the backup " + entry.file() + " (" + e.getMessage() + ").", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A partial copy left behind is removed by the next backup, and its name never passes for a backup.
        }
    }
}
