package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A data folder whose database cannot be used: refused with the file named, left exactly as it was, and the two ways
 * out (restore the newest backup, start a new diary) keep the refused file whole under a new name.
 */
class RecoveryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC);
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    /** The kinds of file a data folder can end up holding instead of a usable diary. */
    enum BadFile {
        GARBAGE(UnusableDatabaseException.Reason.NOT_SQLITE),
        TRUNCATED_COPY(UnusableDatabaseException.Reason.DAMAGED),
        OTHER_APPLICATION(UnusableDatabaseException.Reason.OTHER_APPLICATION),
        NEWER_VERSION_WITH_PENDING_LOG(UnusableDatabaseException.Reason.NEWER_VERSION),
        DAMAGED_INDEX(UnusableDatabaseException.Reason.DAMAGED),
        ZERO_BYTES(UnusableDatabaseException.Reason.EMPTY),
        LOG_WITHOUT_ITS_DATABASE(UnusableDatabaseException.Reason.DAMAGED),
        ZERO_BYTES_BESIDE_A_LOG(UnusableDatabaseException.Reason.DAMAGED),
        FOLDER_WHERE_THE_FILE_SHOULD_BE(UnusableDatabaseException.Reason.NOT_A_FILE),
        LINK_TO_NOTHING(UnusableDatabaseException.Reason.NOT_A_FILE);

        final UnusableDatabaseException.Reason reason;

        BadFile(UnusableDatabaseException.Reason reason) {
            this.reason = reason;
        }
    }

    private Path file() {
        return dataDir.resolve(Database.FILE_NAME);
    }

    private static StoredDay day(int index) {
        return new StoredDay(FIRST.plusDays(index).toString(), index % 11, index % 2 == 0, false, false, index % 7,
                null, null, 7.5, null, "day " + index + " " + "x".repeat(200),
                List.of(new StoredDay.StoredMedication("other", "med " + index, "")), List.of(), List.of(), List.of());
    }

    /** A healthy diary of {@code days} days in the data folder, with a daily backup of it, then closed. */
    private void diaryWithBackup(int days) {
        try (var database = Database.open(dataDir)) {
            var store = new SqliteDiaryStore(database, CLOCK);
            for (int i = 0; i < days; i++) {
                store.put(day(i));
            }
            new Backups(database, dataDir, CLOCK).backUpIfDue();
        }
    }

    /** Replaces the data folder's database (and its side files) with a bad file of the given kind. */
    private void putBadFile(BadFile kind) throws Exception {
        var made = elsewhere.resolve(kind.name());
        Files.createDirectories(made);
        switch (kind) {
            case GARBAGE -> Files.write(made.resolve(Database.FILE_NAME),
                    "Dear diary, this is a text file that a sync tool put here.\n".repeat(80).getBytes());
            case TRUNCATED_COPY -> {
                try (var database = Database.open(made)) {
                    var store = new SqliteDiaryStore(database, CLOCK);
                    for (int i = 0; i < 300; i++) {
                        store.put(day(i));
                    }
                }
                var whole = Files.readAllBytes(made.resolve(Database.FILE_NAME));
                Files.write(made.resolve(Database.FILE_NAME), Arrays.copyOf(whole, whole.length / 2));
            }
            case OTHER_APPLICATION -> {
                try (var connection = DriverManager.getConnection("jdbc:sqlite:" + made.resolve(Database.FILE_NAME));
                     var statement = connection.createStatement()) {
                    statement.executeUpdate("CREATE TABLE recipe (name TEXT, minutes INTEGER)");
                    statement.executeUpdate("INSERT INTO recipe VALUES ('soup', 40)");
                }
            }
            case NEWER_VERSION_WITH_PENDING_LOG -> newerVersionWithPendingLog(made);
            case DAMAGED_INDEX -> {
                try (var database = Database.open(made)) {
                    var articles = new SqliteArticleStore(database);
                    for (int i = 1; i <= 60; i++) {
                        var id = "article-%04d".formatted(i);
                        StoredArticles.add(articles, new StoredArticle(id, "T", id + ".txt", "TEXT", "Text.",
                                Instant.EPOCH));
                    }
                }
                DamagedFiles.breakArticleIndex(made.resolve(Database.FILE_NAME), "article-0030");
            }
            case ZERO_BYTES -> Files.write(made.resolve(Database.FILE_NAME), new byte[0]);
            case LOG_WITHOUT_ITS_DATABASE -> {
                diaryWithPendingLog(made);
                Files.delete(made.resolve(Database.FILE_NAME));
            }
            case ZERO_BYTES_BESIDE_A_LOG -> {
                diaryWithPendingLog(made);
                Files.write(made.resolve(Database.FILE_NAME), new byte[0]);
            }
            default -> {
                // Nothing to copy: what is put in the file's place is made below, once the diary's files are gone.
            }
        }
        for (var suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + suffix));
            var source = made.resolve(Database.FILE_NAME + suffix);
            if (Files.exists(source)) {
                Files.copy(source, dataDir.resolve(Database.FILE_NAME + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        putNotAFile(kind);
    }

    private void putNotAFile(BadFile kind) throws IOException {
        if (kind == BadFile.FOLDER_WHERE_THE_FILE_SHOULD_BE) {
            Files.createDirectories(file());
            Files.writeString(file().resolve("holiday.txt"), "a file of the user's");
        }
        if (kind == BadFile.LINK_TO_NOTHING) {
            Files.createSymbolicLink(file(), elsewhere.resolve("gone.db"));
        }
    }

    /** A HeadBack diary as a crash leaves it: its last days only in the write-ahead log, not yet in the file. */
    private static void diaryWithPendingLog(Path folder) throws Exception {
        var source = folder.resolve("source");
        try (var database = Database.open(source)) {
            database.write(c -> c.createStatement().execute("PRAGMA wal_autocheckpoint = 0"));
            var store = new SqliteDiaryStore(database, CLOCK);
            for (int i = 0; i < 30; i++) {
                store.put(day(i));
            }
            Files.copy(source.resolve(Database.FILE_NAME), folder.resolve(Database.FILE_NAME));
            Files.copy(source.resolve(Database.FILE_NAME + "-wal"), folder.resolve(Database.FILE_NAME + "-wal"));
            Files.copy(source.resolve(Database.FILE_NAME + "-shm"), folder.resolve(Database.FILE_NAME + "-shm"));
        }
    }

    /**
     * A newer HeadBack's file as a crash or a half-finished sync leaves it: committed changes still in the
     * write-ahead log, not yet in the file itself. Opening it for writing and closing it again would fold the log
     * into the file.
     */
    private static void newerVersionWithPendingLog(Path folder) throws Exception {
        var source = folder.resolve("source");
        Files.createDirectories(source);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + source.resolve(Database.FILE_NAME));
             var statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.executeUpdate("PRAGMA application_id = " + SchemaCheck.APPLICATION_ID);
            statement.executeUpdate("CREATE TABLE future_table (x TEXT)");
            statement.executeUpdate("PRAGMA user_version = 99");
            for (int i = 0; i < 50; i++) {
                statement.executeUpdate("INSERT INTO future_table VALUES ('row " + i + "')");
            }
            // Copied while the connection is still open, as a crash would leave the files.
            Files.copy(source.resolve(Database.FILE_NAME), folder.resolve(Database.FILE_NAME));
            Files.copy(source.resolve(Database.FILE_NAME + "-wal"), folder.resolve(Database.FILE_NAME + "-wal"));
        }
    }

    /** Every file in the data folder (not the backups) with its bytes. */
    private Map<String, byte[]> folderContent() throws IOException {
        var content = new TreeMap<String, byte[]>();
        try (Stream<Path> files = Files.list(dataDir)) {
            for (var path : files.filter(Files::isRegularFile).toList()) {
                content.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        }
        return content;
    }

    /** The name the database was moved aside under (what is returned is the log's when only the log was there). */
    private static String asideName(Path movedTo) {
        var name = movedTo.getFileName().toString();
        return Recovery.SIDE_FILES.stream().filter(name::endsWith).findFirst()
                .map(suffix -> name.substring(0, name.length() - suffix.length())).orElse(name);
    }

    private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after, String rename) {
        before.forEach((name, bytes) -> {
            var renamed = rename + name.substring(Database.FILE_NAME.length());
            assertThat(after).as(renamed).containsKey(renamed);
            assertThat(after.get(renamed)).as(renamed).isEqualTo(bytes);
        });
    }

    @ParameterizedTest
    @EnumSource(BadFile.class)
    void badFile_isRefusedWithItsName_andLeftExactlyAsItWas(BadFile kind) throws Exception {
        diaryWithBackup(20);
        putBadFile(kind);
        var before = folderContent();

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> Database.open(dataDir).close())
                    .isInstanceOfSatisfying(UnusableDatabaseException.class, e -> {
                        assertThat(e.file()).isEqualTo(file());
                        assertThat(e.reason()).isEqualTo(kind.reason);
                    })
                    .hasMessageContaining(file().toString())
                    .hasMessageContaining("It was not changed.");
        }
        var after = folderContent();
        // Reading a file in write-ahead-log mode needs its shared-memory index and a log, even an empty one; SQLite
        // makes them beside the file if they are missing. The file itself and any log it had stay as they were.
        after.entrySet().removeIf(entry -> !before.containsKey(entry.getKey()) && (entry.getKey().endsWith("-shm")
                || entry.getKey().endsWith("-wal") && entry.getValue().length == 0));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertSameFiles(before, after, Database.FILE_NAME);
    }

    @ParameterizedTest
    @EnumSource(BadFile.class)
    void startNew_movesTheBadFileAsideWhole_andOpensAnEmptyDiary(BadFile kind) throws Exception {
        diaryWithBackup(20);
        putBadFile(kind);
        var before = folderContent();

        var outcome = new Recovery(dataDir, CLOCK).startNew();
        try (var database = outcome.database()) {
            assertThat(new SqliteDiaryStore(database, CLOCK).count()).isZero();
        }

        assertThat(asideName(outcome.movedTo())).isEqualTo("headback.db.unreadable-2026-11-21T10-15-00");
        assertThat(Files.exists(outcome.movedTo(), LinkOption.NOFOLLOW_LINKS)).as("moved aside").isTrue();
        var after = folderContent();
        assertSameFiles(before, after, asideName(outcome.movedTo()));
        try (var database = Database.open(dataDir)) {
            assertThat(new SqliteDiaryStore(database, CLOCK).count()).as("the new diary opens again").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(BadFile.class)
    void restore_bringsBackTheNewestBackupsDays_andKeepsTheBadFile(BadFile kind) throws Exception {
        diaryWithBackup(20);
        putBadFile(kind);
        var before = folderContent();
        var recovery = new Recovery(dataDir, CLOCK);

        var backup = recovery.newestBackup().orElseThrow();
        assertThat(backup.date()).isEqualTo(LocalDate.of(2026, 11, 21));
        var outcome = recovery.restore(backup);
        try (var database = outcome.database()) {
            var store = new SqliteDiaryStore(database, CLOCK);
            assertThat(store.all()).containsExactlyElementsOf(Stream.iterate(0, i -> i + 1).limit(20)
                    .map(RecoveryTest::day).toList());
        }
        assertSameFiles(before, folderContent(), asideName(outcome.movedTo()));
    }

    @Test
    void newestBackup_skipsADamagedBackup_andIsEmptyWithoutAny() throws Exception {
        var recovery = new Recovery(dataDir, CLOCK);
        assertThat(recovery.newestBackup()).isEmpty();

        try (var database = Database.open(dataDir)) {
            var articles = new SqliteArticleStore(database);
            for (int i = 1; i <= 60; i++) {
                var id = "article-%04d".formatted(i);
                StoredArticles.add(articles, new StoredArticle(id, "T", id + ".txt", "TEXT", "Text.", Instant.EPOCH));
            }
            new Backups(database, dataDir, Clock.offset(CLOCK, Duration.ofDays(-1))).backUpIfDue();
            new Backups(database, dataDir, CLOCK).backUpIfDue();
        }
        var older = dataDir.resolve(Backups.FOLDER).resolve("headback-2026-11-20.db");
        DamagedFiles.breakArticleIndex(dataDir.resolve(Backups.FOLDER).resolve("headback-2026-11-21.db"),
                "article-0030");

        assertThat(recovery.newestBackup()).get().extracting(Backups.Backup::file).isEqualTo(older);
    }

    @Test
    void startNew_thenTheDailyBackup_keepsTheBackupThatHoldsTheOldDiary() throws Exception {
        diaryWithBackup(5);
        var backup = dataDir.resolve(Backups.FOLDER).resolve("headback-2026-11-21.db");
        var before = Files.readAllBytes(backup);
        putBadFile(BadFile.ZERO_BYTES);

        try (var database = new Recovery(dataDir, CLOCK).startNew().database()) {
            var nextDay = Clock.offset(CLOCK, Duration.ofDays(1));
            assertThat(new Backups(database, dataDir, nextDay).backUpIfDue()).as("no backup of the empty diary")
                    .isEmpty();
            assertThat(new Recovery(dataDir, nextDay).newestBackup()).get().extracting(Backups.Backup::file)
                    .isEqualTo(backup);
        }
        assertThat(Files.readAllBytes(backup)).isEqualTo(before);
    }

    @Test
    void restore_ofARefusedBackup_movesNothing() throws Exception {
        diaryWithBackup(5);
        putBadFile(BadFile.GARBAGE);
        var backupFile = dataDir.resolve(Backups.FOLDER).resolve("headback-2026-11-21.db");
        Files.write(backupFile, "damaged backup".getBytes());
        var before = folderContent();

        assertThatThrownBy(() -> new Recovery(dataDir, CLOCK).restore(new Backups.Backup(backupFile,
                LocalDate.of(2026, 11, 21), 14))).isInstanceOf(StorageException.class);
        assertSameFiles(before, folderContent(), Database.FILE_NAME);
    }

    @Test
    void moveAside_twiceInOneSecond_neverOverwritesTheFirst() throws Exception {
        var recovery = new Recovery(dataDir, CLOCK);
        Files.write(file(), "first".getBytes());
        var first = recovery.moveAside();
        Files.write(file(), "second".getBytes());
        var second = recovery.moveAside();

        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(first)).isEqualTo("first");
        assertThat(Files.readString(second)).isEqualTo("second");
        assertThat(file()).doesNotExist();
    }
}
