package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.headback.Launcher;
import org.headback.article.ArticleFile;
import org.headback.article.ArticleRejectedException;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsvReader;
import org.headback.diary.ImportException;
import org.headback.storage.Database;
import org.headback.storage.OlderDiaries;
import org.headback.storage.SqliteDiaryStore;
import org.headback.testing.TestDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's hold on the diary's files (its record locks) belongs to the whole program, and the system takes all of it
 * away as soon as the program closes any handle of its own on one of those files. Making the files private to their
 * owner must not open one: a program that had, and then saw another program close the diary, lost its log to that
 * program (which, finding itself the last, folded the log in and deleted it) and with it every day it saved after.
 */
class KeptLocksTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path scratch;

    @Test
    void aDiaryOthersMayRead_isMadePrivateWhileOpen_andTheProgramKeepsItsLog_soItsNextSaveIsSeenByAnother()
            throws Exception {
        var file = OlderDiaries.atVersion(dataDir, 2, "2025-12-31");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        var clock = Clock.systemDefaultZone();
        try (var database = Database.open(dataDir)) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            diary.save(TestDays.numbered(1));

            assertThat(listedByAnotherProgram()).anyMatch(line -> line.startsWith("2025-12-31,"));
            assertThat(dataDir.resolve(Database.FILE_NAME + "-wal")).as("the open program's log").exists();

            diary.save(TestDays.numbered(2));
            assertThat(listedByAnotherProgram()).as("the day saved after the other program closed the diary")
                    .anyMatch(line -> line.startsWith(TestDays.numberedDate(2) + ","));
        }
    }

    @Test
    void theOpenDiaryChosenAsACsvFileOrAnArticle_isRefusedWithoutBeingOpened_andTheProgramKeepsItsLog()
            throws Exception {
        var clock = Clock.systemDefaultZone();
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            diary.save(TestDays.numbered(1));
            var index = dataDir.resolve(Database.FILE_NAME + "-shm");
            var linkedAsText = Files.createSymbolicLink(scratch.resolve("days.txt"), database.file());
            var linkedIndex = Files.createLink(scratch.resolve("index.md"), index);
            for (var file : List.of(database.file(), index, linkedAsText)) {
                assertThatThrownBy(() -> DiaryCsvReader.read(file, diary.today())).isInstanceOf(ImportException.class)
                        .hasMessageContaining("it is HeadBack's own diary");
            }
            for (var file : List.of(linkedAsText, linkedIndex)) {
                assertThatThrownBy(() -> ArticleFile.read(file)).isInstanceOf(ArticleRejectedException.class)
                        .hasMessageContaining("it is HeadBack's own diary");
            }

            assertThat(listedByAnotherProgram()).anyMatch(line -> line.startsWith(TestDays.numberedDate(1) + ","));
            assertThat(dataDir.resolve(Database.FILE_NAME + "-wal")).as("the open program's log").exists();
            diary.save(TestDays.numbered(2));
            assertThat(listedByAnotherProgram()).anyMatch(line -> line.startsWith(TestDays.numberedDate(2) + ","));
            Files.delete(linkedAsText);
        }
        var copy = Files.copy(dataDir.resolve(Database.FILE_NAME), scratch.resolve("closed.db"));
        assertThatThrownBy(() -> DiaryCsvReader.read(copy, TestDays.numberedDate(3)))
                .as("a diary no program here has open is read, and refused as what it is")
                .isInstanceOf(ImportException.class).message().doesNotContain("HeadBack's own diary");
    }

    private List<String> listedByAnotherProgram() throws Exception {
        try (var other = ChildProcess.start(scratch, List.of(), Launcher.class, "--data-dir", dataDir.toString(),
                "diary", "list")) {
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).as("diary list: " + other.allLines()).isZero();
            return other.allLines();
        }
    }
}
