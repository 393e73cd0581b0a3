package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupsTest extends OpenArticleStore {
    private List<String> liveIds() {
        return StoredArticles.ids(store);
    }

    private static int articlesIn(Path file) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            return SchemaCheck.intPragma(statement, "SELECT count(*) FROM user_article");
        }
    }

    private String livePragma(String pragma) {
        return database.read(c -> {
            try (var statement = c.createStatement(); var rows = statement.executeQuery("PRAGMA " + pragma)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    @Test
    void backUpIfDue_makesOneBackupPerCalendarDay() {
        var first = backupsAt(START).backUpIfDue();
        var laterThatDay = backupsAt(START.plusHours(14)).backUpIfDue();
        var nextDay = backupsAt(START.plusDays(1)).backUpIfDue();

        assertThat(first).contains(backupsFolder().resolve("headback-2026-03-01.db"));
        assertThat(laterThatDay).isEmpty();
        assertThat(nextDay).contains(backupsFolder().resolve("headback-2026-03-02.db"));
        assertThat(backupsAt(START.plusDays(1)).list()).extracting(Backups.Backup::date)
                .containsExactly(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01"));
    }

    @Test
    void backUpIfDue_usesTheClocksLocalDate() {
        var lateEvening = LocalDateTime.parse("2026-03-01T23:30:00").toInstant(ZoneOffset.UTC);
        var inTokyo = Clock.fixed(lateEvening, ZoneId.of("Asia/Tokyo"));

        assertThat(new Backups(database, dataDir, inTokyo).backUpIfDue())
                .contains(backupsFolder().resolve("headback-2026-03-02.db"));
    }

    @Test
    void backUpIfDue_overTwentyDays_keepsTheNewestFourteen() throws Exception {
        Files.createDirectories(backupsFolder());
        var unrelated = List.of("notes.txt", "headback-2026-13-45.db", "headback-old.db", "headback-2020-01-01.db.bak");
        for (var name : unrelated) {
            Files.writeString(backupsFolder().resolve(name), "not a backup");
        }

        for (int day = 0; day < 20; day++) {
            assertThat(backupsAt(START.plusDays(day)).backUpIfDue()).isPresent();
        }

        var kept = backupsAt(START.plusDays(19)).list();
        assertThat(kept).hasSize(Backups.KEEP);
        assertThat(kept.get(0).date()).isEqualTo(START.toLocalDate().plusDays(19));
        assertThat(kept.get(Backups.KEEP - 1).date()).isEqualTo(START.toLocalDate().plusDays(6));
        assertThat(kept).allSatisfy(backup -> assertThat(backup.sizeBytes()).isPositive());
        assertThat(backupsFolder().resolve("headback-2026-03-06.db")).doesNotExist();
        for (var name : unrelated) {
            assertThat(backupsFolder().resolve(name)).exists();
        }
    }

    @Test
    void backUpIfDue_afterTheClockWentBack_keepsTheNewBackup() {
        for (int day = 10; day < 10 + Backups.KEEP; day++) {
            backupsAt(START.plusDays(day)).backUpIfDue();
        }

        var made = backupsAt(START).backUpIfDue();

        var kept = backupsAt(START).list();
        assertThat(made).isPresent();
        assertThat(kept).hasSize(Backups.KEEP).extracting(Backups.Backup::file).contains(made.get());
        // Those made before the clock went back look made in the future now, and do not rank above the new one.
        assertThat(kept.get(0).file()).isEqualTo(made.get());
        assertThat(kept.get(Backups.KEEP - 1).date()).as("the oldest went").isEqualTo(START.toLocalDate()
                .plusDays(11));
    }

    @Test
    void backup_holdsTheDataAsItWasWhenItWasMade() throws Exception {
        addArticles("a", "b", "c");
        var backup = backupsAt(START).backUpIfDue().orElseThrow();
        addArticles("d", "e");

        assertThat(articlesIn(backup)).isEqualTo(3);
        assertThat(store.entries()).hasSize(5);
    }

    @Test
    void backup_leftoverPartialCopy_isReplacedAndNeverListed() throws Exception {
        Files.createDirectories(backupsFolder());
        var leftover = backupsFolder().resolve(".headback-2026-03-01.db.partial");
        Files.writeString(leftover, "half a copy from a crash");

        var backup = backupsAt(START).backUpIfDue().orElseThrow();

        assertThat(articlesIn(backup)).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(backupsAt(START).list()).extracting(Backups.Backup::file).containsExactly(backup);
    }

    @Test
    void backups_arePrivateToTheirOwner() throws Exception {
        var backup = backupsAt(START).backUpIfDue().orElseThrow();
        backupsAt(START).restore(backupsAt(START).list().get(0));
        var copy = backupsAt(START).beforeRestoreCopies().get(0).file();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backupsFolder())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
    }

    @Test
    void restore_bringsBackTheBackupsDataThroughTheSameDatabase() throws Exception {
        addArticles("kept");
        var backups = backupsAt(START);
        backups.backUpIfDue();
        addArticles("added later");
        store.remove("kept");

        backups.restore(backups.list().get(0));

        assertThat(liveIds()).containsExactly("kept");
        assertThat(livePragma("integrity_check")).isEqualTo("ok");
        assertThat(livePragma("journal_mode")).isEqualToIgnoringCase("wal");
        assertThat(livePragma("foreign_keys")).isEqualTo("1");
        addArticles("after restore");
        database.close();
        database = Database.open(dataDir);
        store = new SqliteArticleStore(database);
        assertThat(liveIds()).containsExactly("kept", "after restore");
    }

    @Test
    void restore_firstKeepsACopyOfTheCurrentDatabase() throws Exception {
        addArticles("old");
        var backups = backupsAt(START);
        backups.backUpIfDue();
        addArticles("new 1", "new 2");

        backups.restore(backups.list().get(0));

        var copies = backups.beforeRestoreCopies();
        assertThat(copies).singleElement().satisfies(copy -> {
            assertThat(copy.file().getFileName()).hasToString("before-restore-2026-03-01-093000.db");
            assertThat(copy.date()).isEqualTo(START.toLocalDate());
        });
        assertThat(articlesIn(copies.get(0).file())).isEqualTo(3);
        assertThat(backups.list()).hasSize(1);
    }

    @Test
    void restore_ofTheCopyKeptBefore_undoesTheRestore() {
        addArticles("old");
        var backups = backupsAt(START);
        backups.backUpIfDue();
        addArticles("new");
        backups.restore(backups.list().get(0));

        backups.restore(backups.beforeRestoreCopies().get(0));

        assertThat(liveIds()).containsExactly("old", "new");
    }

    @Test
    void restore_keepsTheNewestFiveCopiesOfWhatWasReplaced() {
        var backups = backupsAt(START);
        backups.backUpIfDue();
        for (int i = 0; i < 7; i++) {
            backups.restore(backups.list().get(0));
        }

        assertThat(backups.beforeRestoreCopies()).extracting(copy -> copy.file().getFileName().toString())
                .containsExactly("before-restore-2026-03-01-093000-7.db", "before-restore-2026-03-01-093000-6.db",
                        "before-restore-2026-03-01-093000-5.db", "before-restore-2026-03-01-093000-4.db",
                        "before-restore-2026-03-01-093000-3.db");
        assertThat(backups.list()).hasSize(1);
    }

    @Test
    void restore_plainCopyOfADatabaseInWriteAheadLogMode_works() throws Exception {
        addArticles("copied");
        database.close();
        Files.createDirectories(backupsFolder());
        var copy = Files.copy(database.file(), backupsFolder().resolve("headback-2026-02-01.db"));
        database = Database.open(dataDir);
        store = new SqliteArticleStore(database);
        store.remove("copied");

        backupsAt(START).restore(backupsAt(START).list().get(0));

        assertThat(liveIds()).containsExactly("copied");
        try (var files = Files.list(backupsFolder())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(copy.getFileName().toString(), "before-restore-2026-03-01-093000.db");
        }
    }

    @Test
    void restore_garbageFile_isRefusedAndChangesNothing() throws Exception {
        addArticles("live");
        var garbage = backupsFolder().resolve("headback-2026-02-01.db");
        Files.createDirectories(backupsFolder());
        Files.writeString(garbage, "not a database at all, only some text someone saved here".repeat(100));
        var backups = backupsAt(START);

        assertThat(backups.list()).as("a file named like a backup is not offered as one").isEmpty();
        assertThatThrownBy(() -> backups.restore(new Backups.Backup(garbage, LocalDate.parse("2026-02-01"), 0)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(garbage.toString())
                .hasMessageContaining("not a HeadBack database");
        assertThat(liveIds()).containsExactly("live");
        assertThat(backups.beforeRestoreCopies()).isEmpty();
    }

    @Test
    void restore_filesThatAreNoHeadBackBackup_areRefused() throws Exception {
        addArticles("live");
        Files.createDirectories(backupsFolder());
        var empty = Files.createFile(backupsFolder().resolve("empty.db"));
        var foreign = backupsFolder().resolve("foreign.db");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
            connection.createStatement().executeUpdate("CREATE TABLE recipes (name TEXT)");
        }
        var backups = backupsAt(START);

        for (var file : List.of(empty, foreign)) {
            assertThatThrownBy(() -> backups.restore(new Backups.Backup(file, START.toLocalDate(), 0)))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("not a backup of a HeadBack diary");
        }
        assertThatThrownBy(() -> backups.restore(new Backups.Backup(backupsFolder().resolve("missing.db"),
                START.toLocalDate(), 0)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("does not exist");
        assertThat(liveIds()).containsExactly("live");
        assertThat(backupsFolder().resolve("missing.db")).doesNotExist();
        assertThat(backups.beforeRestoreCopies()).isEmpty();
    }

    @Test
    void restore_damagedOrNewerBackup_isRefusedAndChangesNothing() throws Exception {
        addArticles("one", "two", "three");
        var backups = backupsAt(START);
        var damaged = backups.backUpIfDue().orElseThrow();
        var newer = backupsAt(START.plusDays(1)).backUpIfDue().orElseThrow();
        DamagedFiles.breakArticleIndex(damaged, "two");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + newer)) {
            connection.createStatement().executeUpdate("PRAGMA user_version = 999");
        }
        store.remove("one");

        assertThatThrownBy(() -> backups.restore(new Backups.Backup(damaged, START.toLocalDate(), 0)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is damaged");
        assertThatThrownBy(() -> backups.restore(new Backups.Backup(newer, START.toLocalDate(), 0)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("newer version of HeadBack");
        assertThat(liveIds()).containsExactly("two", "three");
        assertThat(backups.beforeRestoreCopies()).isEmpty();
    }

    @Test
    void restore_backupWithAnotherPageSize_works() throws Exception {
        addArticles("small pages");
        var backups = backupsAt(START);
        var backup = backups.backUpIfDue().orElseThrow();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + backup);
             var statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size = 1024");
            statement.execute("VACUUM");
        }
        store.remove("small pages");

        backups.restore(backups.list().get(0));

        assertThat(liveIds()).containsExactly("small pages");
        assertThat(livePragma("page_size")).isEqualTo("1024");
        assertThat(livePragma("journal_mode")).isEqualToIgnoringCase("wal");
        assertThat(livePragma("integrity_check")).isEqualTo("ok");
    }

    @Test
    void restore_whileAnotherProgramWrites_failsClearlyAndChangesNothing() throws Exception {
        addArticles("old");
        var backups = backupsAt(START);
        backups.backUpIfDue();
        addArticles("new");
        database.read(c -> {
            try (var statement = c.createStatement()) {
                return statement.execute("PRAGMA busy_timeout = 0");
            }
        });

        try (var other = DriverManager.getConnection("jdbc:sqlite:" + database.file())) {
            other.setAutoCommit(false);
            other.createStatement().executeUpdate("INSERT INTO setting (key, value) VALUES ('k', 'v')");

            assertThatThrownBy(() -> backups.restore(backups.list().get(0)))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("could not take the backup's content");
            other.rollback();
        }
        assertThat(liveIds()).containsExactly("old", "new");
    }

    @Test
    void listing_aCopyInWriteAheadLogMode_leavesNoFileBesideIt_andLeftoversGoWithTheNextBackup() throws Exception {
        Files.createDirectories(backupsFolder());
        var copy = backupsFolder().resolve("headback-2026-02-20.db");
        database.read(c -> c.createStatement().execute("VACUUM INTO '" + copy + "'"));
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
             var statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
        }
        var leftover = Files.write(backupsFolder().resolve("headback-2026-02-19.db-wal"), new byte[0]);
        var leftoverIndex = Files.write(backupsFolder().resolve("headback-2026-02-19.db-shm"), new byte[32768]);

        assertThat(backupsAt(START).list()).extracting(Backups.Backup::file).contains(copy);
        new Recovery(dataDir, Clock.fixed(START.toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).newestBackup();

        assertThat(backupsFolder().resolve(copy.getFileName() + "-wal")).doesNotExist();
        assertThat(backupsFolder().resolve(copy.getFileName() + "-shm")).doesNotExist();
        backupsAt(START).backUpIfDue();
        assertThat(leftover).doesNotExist();
        assertThat(leftoverIndex).doesNotExist();
    }
}
