package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A data folder the user may read but not write: the commands that only read work as ever, and every command that
 * would write is refused in one line naming the folder, with nothing changed. (Skipped where permissions stop nobody,
 * as for root.)
 */
class ReadOnlyFolderCliTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private void diaryThenReadOnly() throws Exception {
        try (var database = Database.open(dataDir)) {
            var clock = Clock.systemDefaultZone();
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            for (int i = 1; i <= 20; i++) {
                diary.save(DayEntry.on(LocalDate.of(2026, 3, i)).backPain(i % 11).headache(i % 5).build());
            }
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("r-x------"));
        assumeFalse(Files.isWritable(dataDir), "this user (root) is not stopped by permissions");
    }

    @AfterEach
    void writableAgain() throws Exception {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"diary list, 2026-03-20", "stats --from 2026-03-01 --to 2026-03-20, 20",
        "diary export OUT, 2026-03-20"})
    void readingCommand_inAReadOnlyFolder_works(String command, String expected) throws Exception {
        diaryThenReadOnly();
        var out = elsewhere.resolve("days.csv");
        var args = command.replace("OUT", out.toString()).split(" ");

        var run = CliRun.in(dataDir, args);

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(command.contains("OUT") ? Files.readString(out) : run.out()).contains(expected);
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("nothing left beside the diary")
                    .containsOnly(Database.FILE_NAME);
        }
    }

    /**
     * An export notes the file it is writing in the data folder, so that a start after a kill can remove it; a
     * folder that cannot take the note (here one that holds a note already, left by a program that is gone, which
     * cannot be removed either) does not stop the export.
     */
    @Test
    void export_inAReadOnlyFolderHoldingAnOldNote_writesTheFile_andChangesNothingInTheFolder() throws Exception {
        var notes = Files.createDirectories(dataDir.resolve("partial-files"));
        var left = elsewhere.resolve(".headback-999999-abc.partial");
        Files.writeString(left, "half");
        Files.writeString(notes.resolve("999999-abc"), "999999\n2026-01-01T00:00:00Z\n" + left + "\n");
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("r-x------"));
        diaryThenReadOnly();
        var out = elsewhere.resolve("days.csv");

        var run = CliRun.in(dataDir, "diary", "export", out.toString());

        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rwx------"));
        assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).startsWith("exported 20 days to ");
        assertThat(Files.readString(out)).contains("2026-03-20");
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsOnly(Database.FILE_NAME, "partial-files");
        }
        assertThat(notes.resolve("999999-abc")).exists();
    }

    @Test
    void writingCommand_inAReadOnlyFolder_isRefusedInOneLine_namingTheFolder() throws Exception {
        diaryThenReadOnly();
        var before = Files.readAllBytes(dataDir.resolve(Database.FILE_NAME));

        var run = CliRun.in(dataDir, "diary", "add", "2026-04-01", "--back-pain", "2", "--headache", "1");

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).startsWith("headback: ").contains(dataDir.toString()).contains("read-only");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.readAllBytes(dataDir.resolve(Database.FILE_NAME))).isEqualTo(before);
    }
}
