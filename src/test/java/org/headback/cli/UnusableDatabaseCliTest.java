package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command refuses a diary file it cannot use, names it, points to the ways out, and leaves it as it was. */
class UnusableDatabaseCliTest {
    @TempDir
    Path dataDir;

    private Path file() {
        return dataDir.resolve(Database.FILE_NAME);
    }

    private void putBadFile(String kind) throws Exception {
        switch (kind) {
            case "garbage" -> Files.writeString(file(), "PK\u0003\u0004 a zip file, not a diary".repeat(50));
            case "truncated" -> {
                try (var database = Database.open(dataDir)) {
                    var clock = Clock.systemDefaultZone();
                    var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
                    for (int i = 1; i <= 300; i++) {
                        diary.save(DayEntry.on(diary.today().minusDays(i)).backPain(i % 11)
                                .notes("a note long enough to fill pages ".repeat(8)).build());
                    }
                }
                var whole = Files.readAllBytes(file());
                Files.write(file(), Arrays.copyOf(whole, whole.length / 3));
            }
            case "other-application" -> {
                try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file())) {
                    connection.createStatement().executeUpdate("CREATE TABLE photo (path TEXT)");
                }
            }
            case "zero-bytes" -> Files.write(file(), new byte[0]);
            case "newer" -> {
                try (var database = Database.open(dataDir)) {
                    database.write(c -> c.createStatement().executeUpdate("PRAGMA user_version = 42"));
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
        "garbage, articles", "garbage, diary list", "truncated, diary add 2026-01-05 --back-pain 1 --headache 0",
        "truncated, stats", "other-application, diary import days.csv", "other-application, articles",
        "newer, diary export out.csv", "newer, add-article notes.txt",
        "zero-bytes, diary add 2026-01-05 --back-pain 1 --headache 0", "zero-bytes, diary list"})
    void command_onAnUnusableFile_exitsOneNamingIt_andChangesNothing(String kind, String command) throws Exception {
        putBadFile(kind);
        Files.writeString(dataDir.resolve("days.csv"), "date,back_pain,headache\n2026-01-01,1,1\n");
        Files.writeString(dataDir.resolve("notes.txt"), "Notes\n\nSome text.");
        var before = Files.readAllBytes(file());
        var args = command.split(" ");
        for (int i = 0; i < args.length; i++) {
            if (args[i].endsWith(".csv") || args[i].endsWith(".txt")) {
                args[i] = dataDir.resolve(args[i]).toString();
            }
        }

        var run = CliRun.in(dataDir, args);

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).startsWith("headback: ").contains(file().toString())
                .contains("restore the newest backup or to start a new diary");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(dataDir.resolve("out.csv")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"log-without-its-database", "zero-bytes-beside-a-log", "folder"})
    void command_onALogWithoutItsDiary_orAFolderInItsPlace_isRefusedLikeADamagedDiary(String kind) throws Exception {
        var log = dataDir.resolve(Database.FILE_NAME + "-wal");
        if (kind.equals("folder")) {
            Files.createDirectories(file());
        } else {
            var source = dataDir.resolve("source");
            try (var database = Database.open(source)) {
                database.write(c -> c.createStatement().execute("PRAGMA wal_autocheckpoint = 0"));
                var clock = Clock.systemDefaultZone();
                new Diary(new SqliteDiaryStore(database, clock), clock).save(DayEntry.on(
                        LocalDate.of(2026, 1, 5)).backPain(3).headache(1).build());
                Files.copy(source.resolve(Database.FILE_NAME + "-wal"), log);
            }
            if (kind.equals("zero-bytes-beside-a-log")) {
                Files.write(file(), new byte[0]);
            }
        }
        var logBefore = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];

        var run = CliRun.in(dataDir, "diary", "list");

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).startsWith("headback: ").contains(file().toString())
                .contains("restore the newest backup or to start a new diary");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.exists(log) ? Files.readAllBytes(log) : new byte[0]).isEqualTo(logBefore);
        assertThat(Files.isDirectory(file())).isEqualTo(kind.equals("folder"));
    }
}
