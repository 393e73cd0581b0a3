package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void open_newFolder_createsPrivateFolderAndFileAtLatestSchema() throws Exception {
        var folder = dataDir.resolve("nested").resolve("headback");
        try (var database = Database.open(folder)) {
            int version = database.read(c -> SchemaCheck.intPragma(c.createStatement(), "PRAGMA user_version"));
            assertThat(version).isEqualTo(Migrations.latestVersion());
            assertThat(database.file()).isEqualTo(folder.resolve(Database.FILE_NAME));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(Database.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void open_usesWriteAheadLogAndForeignKeys() {
        try (var database = Database.open(dataDir)) {
            var mode = database.read(c -> {
                try (var rows = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            int foreignKeys = database.read(c -> SchemaCheck.intPragma(c.createStatement(), "PRAGMA foreign_keys"));
            assertThat(mode).isEqualToIgnoringCase("wal");
            assertThat(foreignKeys).isEqualTo(1);
        }
    }

    @Test
    void reopen_keepsWhatWasCommitted() {
        var article = new StoredArticle("a", "A", "a.txt", "TEXT", "text", Instant.parse("2026-01-02T03:04:05Z"));
        try (var database = Database.open(dataDir)) {
            StoredArticles.add(new SqliteArticleStore(database), article);
        }
        try (var database = Database.open(dataDir)) {
            assertThat(new SqliteArticleStore(database).find("a")).contains(article);
        }
    }

    @Test
    void open_garbageFile_isRefusedAndLeftUnchanged() throws Exception {
        var file = dataDir.resolve(Database.FILE_NAME);
        var garbage = "this is not a database at all, just some text that someone saved here".repeat(100).getBytes();
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a HeadBack database");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void open_databaseOfAnotherApplication_isRefusedAndLeftUnchanged() throws Exception {
        var file = dataDir.resolve(Database.FILE_NAME);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.createStatement().executeUpdate("CREATE TABLE recipes (name TEXT)");
        }
        var before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("another application");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void open_databaseFromNewerVersion_isRefusedAndLeftUnchanged() throws Exception {
        try (var database = Database.open(dataDir)) {
            database.write(c -> c.createStatement().executeUpdate("PRAGMA user_version = 999"));
        }
        var file = dataDir.resolve(Database.FILE_NAME);
        var before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("newer version of HeadBack");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void open_damagedFile_isRefusedAndLeftUnchanged() throws Exception {
        var file = databaseWithArticles(60);
        DamagedFiles.breakArticleIndex(file, "article-0030");
        var before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is damaged")
                .hasMessageEndingWith("It was not changed.")
                .message().doesNotContain("sqlite_autoindex");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void open_healthyFileWithData_passesTheIntegrityCheck() {
        databaseWithArticles(60);
        try (var database = Database.open(dataDir)) {
            assertThat(new SqliteArticleStore(database).entries()).hasSize(60);
        }
    }

    private Path databaseWithArticles(int count) {
        try (var database = Database.open(dataDir)) {
            var store = new SqliteArticleStore(database);
            for (int i = 1; i <= count; i++) {
                var id = "article-%04d".formatted(i);
                StoredArticles.add(store, new StoredArticle(id, "Title " + i, id + ".txt", "TEXT",
                        "Text of article " + i + ".", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
            }
        }
        return dataDir.resolve(Database.FILE_NAME);
    }

    @Test
    void write_failingHalfway_rollsBackEverything() {
        try (var database = Database.open(dataDir)) {
            var store = new SqliteArticleStore(database);
            assertThatThrownBy(() -> database.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO setting (key, value) VALUES ('k', 'v')");
                throw new IllegalStateException("stop");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(new SqliteSettingsStore(database).all()).isEmpty();
            assertThat(store.entries()).isEmpty();
        }
    }

    @Test
    void open_emptyFile_isRefusedAsWhatIsLeftOfADiary_notTakenForANewOne() throws Exception {
        var file = dataDir.resolve(Database.FILE_NAME);
        Files.write(file, new byte[0]);

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOfSatisfying(UnusableDatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnusableDatabaseException.Reason.EMPTY))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is empty (0 bytes)");
        assertThat(file).isEmptyFile();
    }

    @Test
    void open_newFolder_neverLeavesAnEmptyOrTemporaryFileBehind() throws Exception {
        try (var database = Database.open(dataDir)) {
            assertThat(Files.size(database.file())).isPositive();
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".headback"));
        }
    }

    @Test
    void open_databaseOfTheFirstVersion_isUpgraded_andKeepsItsArticles() throws Exception {
        var file = dataDir.resolve(Database.FILE_NAME);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            var firstScript = new String(Migrations.class.getResourceAsStream(
                    "migrations/" + Migrations.SCRIPTS.get(0)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (var sql : Migrations.statements(firstScript)) {
                statement.executeUpdate(sql);
            }
            statement.executeUpdate("INSERT INTO user_article VALUES ('old', 'Old', 'old.txt', 'TEXT', 'Old\n\nText.', "
                    + "'2026-01-01T00:00:00Z')");
            statement.executeUpdate("PRAGMA application_id = " + SchemaCheck.APPLICATION_ID);
            statement.executeUpdate("PRAGMA user_version = 1");
        }
        try (var database = Database.open(dataDir)) {
            int version = database.read(c -> SchemaCheck.intPragma(c.createStatement(), "PRAGMA user_version"));
            assertThat(version).isEqualTo(Migrations.latestVersion());
            assertThat(StoredArticles.ids(new SqliteArticleStore(database))).containsExactly("old");
            assertThat(new SqliteDiaryStore(database, java.time.Clock.systemUTC()).count()).isZero();
        }
    }

    @Test
    void open_databaseOfTheSecondVersionWithDays_isUpgraded_andKeepsItsDays() throws Exception {
        var file = dataDir.resolve(Database.FILE_NAME);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            for (var script : Migrations.SCRIPTS.subList(0, 2)) {
                var text = new String(Migrations.class.getResourceAsStream("migrations/" + script).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                for (var sql : Migrations.statements(text)) {
                    statement.executeUpdate(sql);
                }
            }
            statement.executeUpdate("INSERT INTO day_entry (day, back_pain, headache, headache_kind, notes, updated_at)"
                    + " VALUES ('2026-01-30', 4, 6, 'migraine', 'old day', '2026-01-30T20:00:00Z')");
            statement.executeUpdate("INSERT INTO medication (day, position, class, name, dose)"
                    + " VALUES ('2026-01-30', 0, 'triptan', 'sumatriptan', '50 mg')");
            statement.executeUpdate("PRAGMA application_id = " + SchemaCheck.APPLICATION_ID);
            statement.executeUpdate("PRAGMA user_version = 2");
        }
        try (var database = Database.open(dataDir)) {
            int version = database.read(c -> SchemaCheck.intPragma(c.createStatement(), "PRAGMA user_version"));
            assertThat(version).isEqualTo(Migrations.latestVersion());
            var store = new SqliteDiaryStore(database, java.time.Clock.systemUTC());
            var day = store.find("2026-01-30").orElseThrow();
            assertThat(day.headache()).isEqualTo(6);
            assertThat(day.notes()).isEqualTo("old day");
            assertThat(day.medications()).containsExactly(
                    new StoredDay.StoredMedication("triptan", "sumatriptan", "50 mg"));
            assertThat(day.warningSigns()).isEmpty();

            store.put(new StoredDay("2026-01-30", 4, false, false, false, 6, "migraine", null, null, null,
                    "old day", day.medications(), java.util.List.of("fever_chills"), java.util.List.of(),
                    java.util.List.of()));
            assertThat(store.find("2026-01-30").orElseThrow().warningSigns()).containsExactly("fever_chills");
        }
    }

    @Test
    void warningSignTable_refusesACodeThatIsNotACode() {
        try (var database = Database.open(dataDir)) {
            var store = new SqliteDiaryStore(database, java.time.Clock.systemUTC());
            var day = new StoredDay("2026-01-30", 0, false, false, false, 0, null, null, null, null, "",
                    java.util.List.of(), java.util.List.of("Fever; DROP TABLE"), java.util.List.of(),
                    java.util.List.of());
            assertThatThrownBy(() -> store.put(day)).isInstanceOf(StorageException.class);
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void statements_splitsScriptAndSkipsComments() {
        var script = "-- a comment\nCREATE TABLE a (x TEXT);\n\nCREATE TABLE b (y TEXT);\n";
        assertThat(Migrations.statements(script))
                .containsExactly("-- a comment\nCREATE TABLE a (x TEXT)", "CREATE TABLE b (y TEXT)");
    }

    /**
     * An older HeadBack kept its file in rollback-journal mode; killed while it wrote, it left a "hot" journal that
     * SQLite must roll back before the file can be read. That is done, and the file opens as it was before the
     * unfinished change, now in write-ahead-log mode.
     */
    @Test
    void open_olderRollbackJournalDiary_withAJournalLeftByAKill_rollsItBackAndOpens() throws Exception {
        var older = dataDir.resolve("older");
        var file = OlderDiaries.atVersion(older, 3, "2026-01-30");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        }
        var folder = dataDir.resolve("headback");
        Files.createDirectories(folder);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = 10");
            connection.setAutoCommit(false);
            for (int i = 0; i < 300; i++) {
                statement.executeUpdate("INSERT INTO day_entry (day, back_pain, headache, notes, updated_at) VALUES ('"
                        + LocalDate.of(2024, 1, 1).plusDays(i) + "', 1, 1, '" + "x".repeat(2000)
                        + "', '2026-01-30T20:00:00Z')");
            }
            // Copied while the change is half-written, as a kill leaves the files.
            Files.copy(file, folder.resolve(Database.FILE_NAME));
            Files.copy(older.resolve(Database.FILE_NAME + "-journal"), folder.resolve(Database.FILE_NAME + "-journal"));
        }
        assertThat(Files.size(folder.resolve(Database.FILE_NAME + "-journal"))).isPositive();

        try (var database = Database.open(folder)) {
            int days = database.read(c -> SchemaCheck.intPragma(c.createStatement(), "SELECT count(*) FROM day_entry"));
            String check = database.read(c -> {
                try (var rows = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            assertThat(days).as("the unfinished change rolled back").isOne();
            assertThat(check).isEqualTo("ok");
        }
        assertThat(folder.resolve(Database.FILE_NAME + "-journal")).doesNotExist();
    }
}
