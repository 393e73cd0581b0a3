package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
 * back. Each copy is written under a temporary name and then moved into place, so a crash never leaves half a copy
 * under a backup's name.
 *
 * <p>A name never decides what a file is: each backup carries inside it the name HeadBack gave it and when it was
 * made ({@link BackupStamp}), backups are ordered by that moment, and only files that carry their own name are ever
 * pruned. A file merely named like a backup (another file, a backup copied or renamed by hand) is never deleted and
 * never offered; a backup of an older HeadBack, which carries no stamp, is offered (unless named for a day still to
 * come) but never deleted. A diary without a day or an article of the user's is not backed up over backups that
 * have some: after a damaged diary was replaced by a new one, the backups that hold the old one stay.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    public static final int KEEP = 14;
    public static final int KEEP_BEFORE_RESTORE = 5;
    /** How far ahead of this computer's clock another's (or this one, before it was set right) may have been. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

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

        /** The size in whole kilobytes, rounded up and at least 1, as a person reads it. */
        public long kilobytes() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }

    /**
     * At most once per calendar day (the clock's local date): a consistent copy of the database in the backups
     * folder, then only the newest {@value #KEEP} daily backups are kept. Returns the new backup, or empty if
     * today's already exists, or if the diary is empty and a backup holds something.
     */
    public synchronized Optional<Path> backUpIfDue() {
        var target = folder.resolve(BackupNames.daily(LocalDate.now(clock)));
        if (Files.exists(target) || isEmptyBesideBackupsWithContent()) {
            return Optional.empty();
        }
        copyDatabaseTo(target);
        prune(BackupNames::parseDaily, KEEP, target);
        return Optional.of(target);
    }

    private boolean isEmptyBesideBackupsWithContent() {
        if (database.read(ContentCount::of) > 0) {
            return false;
        }
        return Stream.concat(scan(folder, BackupNames::parseDaily, clock),
                scan(folder, BackupNames::parseBeforeRestore, clock)).anyMatch(found -> BackupStamp.hasContent(
                        found.entry().file()));
    }

    /** The daily backups, newest first. */
    public synchronized List<Backup> list() {
        return listIn(folder.getParent(), clock);
    }

    /** The daily backups of a data folder, newest first; needs no open database. */
    public static List<Backup> listIn(Path dataDir, Clock clock) {
        return scan(dataDir.resolve(FOLDER), BackupNames::parseDaily, clock).map(Backups::describe).toList();
    }

    /** The copies kept before restores, newest first: restoring one undoes the restore that made it. */
    public synchronized List<Backup> beforeRestoreCopies() {
        return scan(folder, BackupNames::parseBeforeRestore, clock).map(Backups::describe).toList();
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
            throw new StorageException("Cannot list the backups in " + folder + ": " + FileFailure.describe(folder, e)
                    + ".", e);
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
            BackupStamp.write(partial, target.getFileName().toString(), clock.instant());
            OwnerOnly.restrictFile(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StorageException("Cannot write the backup " + target + ": " + FileFailure.describe(target, e)
                    + ".", e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /**
     * Keeps the one just made, even if the clock went back, and the newest others up to {@code keep} in all. Only
     * backups that carry their own name are counted and deleted; leftover partial copies go too.
     */
    private void prune(Function<Path, Optional<BackupNames.Entry>> kind, int keep, Path justMade) {
        var old = scan(folder, kind, clock).filter(Found::madeByHeadBack)
                .filter(found -> !found.entry().file().equals(justMade)).skip(keep - 1L).toList();
        try (Stream<Path> files = Files.list(folder)) {
            var stale = Stream.concat(old.stream().map(found -> found.entry().file()),
                    files.filter(file -> BackupNames.isPartial(file) || isEmptySideFile(file))).toList();
            for (var file : stale) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot remove old backups from " + folder + ": "
                    + FileFailure.describe(folder, e) + ".", e);
        }
    }

    /**
     * An empty log, or a log index without a log with content, that SQLite left beside a copy in write-ahead-log
     * mode when it was read: it holds nothing.
     */
    private static boolean isEmptySideFile(Path file) {
        var name = file.getFileName().toString();
        if (!name.endsWith("-wal") && !name.endsWith("-shm")) {
            return false;
        }
        var log = file.resolveSibling(name.substring(0, name.length() - "-wal".length()) + "-wal");
        try {
            return !Files.exists(log) || Files.size(log) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A file in the backups folder that is a backup, and when it was made. */
    private record Found(BackupNames.Entry entry, Instant made, boolean madeByHeadBack) {
    }

    /**
     * The backups of one kind, newest first by when they were made; files named like one that are not (or are a copy
     * of one, or a backup of an older HeadBack named for a day after today) are left out.
     */
    private static Stream<Found> scan(Path folder, Function<Path, Optional<BackupNames.Entry>> kind, Clock clock) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        var today = LocalDate.now(clock);
        var now = clock.instant();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(kind)
                    .flatMap(Optional::stream)
                    .map(entry -> found(entry, today, now))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Found::made).thenComparing(found -> found.entry().order()).reversed())
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new StorageException("Cannot list the backups in " + folder + ": " + FileFailure.describe(folder, e)
                    + ".", e);
        }
    }

    private static Optional<Found> found(BackupNames.Entry entry, LocalDate today, Instant now) {
        var stamp = BackupStamp.read(entry.file());
        return switch (stamp.kind()) {
            case MADE_BY_HEADBACK -> Optional.of(new Found(entry, believable(stamp.made().orElseThrow(), entry,
                    today, now), true));
            case UNSTAMPED -> entry.date().isAfter(today) ? Optional.empty()
                    : Optional.of(new Found(entry, entry.date().atStartOfDay(ZoneOffset.UTC).toInstant(), false));
            case COPY, NOT_A_BACKUP -> Optional.empty();
        };
    }

    /**
     * When a backup was made, for ordering: its stamp, unless the stamp is later than now (beyond a small skew
     * between clocks), which only a clock set wrong can have written. Such a backup ranks by the day in its name, or
     * as the oldest of all if that day is still to come: it is never offered as the newest, and is pruned in its turn.
     */
    private static Instant believable(Instant made, BackupNames.Entry entry, LocalDate today, Instant now) {
        if (!made.isAfter(now.plus(CLOCK_SKEW))) {
            return made;
        }
        return entry.date().isAfter(today) ? Instant.EPOCH : entry.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Backup describe(Found found) {
        var file = found.entry().file();
        try {
            return new Backup(file, found.entry().date(), Files.size(file));
        } catch (IOException e) {
            throw new StorageException("Cannot read the backup " + file + ": " + FileFailure.describe(file, e) + ".",
                    e);
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
