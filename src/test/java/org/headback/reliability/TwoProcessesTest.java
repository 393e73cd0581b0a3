package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.headback.Launcher;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window open while the command line works on the same data folder: each waits for the other's write instead of
 * failing, neither damages the other's data, and the window can tell that the data changed.
 */
class TwoProcessesTest {
    private static final int IMPORTED = 3000;
    private static final int FIRST_IMPORTED = 5000;
    private static final int SAVE_EVERY_MS = 20;

    @TempDir
    Path dataDir;
    @TempDir
    Path scratch;

    private static Diary diary(Database database) {
        var clock = Clock.systemDefaultZone();
        return new Diary(new SqliteDiaryStore(database, clock), clock);
    }

    static String firstValue(Database database, String sql) {
        return database.read(c -> {
            try (var rows = c.createStatement().executeQuery(sql)) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
    }

    @Test
    void commandLineImport_whileTheWindowSavesDays_bothGetEverythingIn() throws Exception {
        var csv = scratch.resolve("days.csv");
        try (var out = Files.newBufferedWriter(csv)) {
            DiaryCsv.write(IntStream.range(FIRST_IMPORTED, FIRST_IMPORTED + IMPORTED).mapToObj(TestDays::day)
                    .toList(), out, (done, total) -> { });
        }
        try (var window = Database.open(dataDir)) {
            var diary = diary(window);
            var saved = new ArrayList<Integer>();
            try (var commandLine = ChildProcess.start(scratch, List.of(), Launcher.class, "--data-dir",
                    dataDir.toString(), "diary", "import", csv.toString())) {
                // The window's saves go on for as long as the other process runs, far faster than anyone types;
                // none may fail.
                for (int index = 0; commandLine.waitFor(SAVE_EVERY_MS, TimeUnit.MILLISECONDS) == -1; index++) {
                    diary.save(TestDays.day(index));
                    saved.add(index);
                }
                assertThat(commandLine.waitFor(60, TimeUnit.SECONDS)).as(commandLine.allLines().toString()).isZero();
                assertThat(commandLine.allLines()).contains("imported " + IMPORTED + " days");
            }
            assertThat(window.changedElsewhere()).as("the window can tell").isTrue();
            assertThat(window.changedElsewhere()).as("and only once").isFalse();

            var expected = new ArrayList<DayEntry>();
            saved.forEach(index -> expected.add(TestDays.day(index)));
            IntStream.range(FIRST_IMPORTED, FIRST_IMPORTED + IMPORTED).forEach(i -> expected.add(TestDays.day(i)));
            assertThat(diary.all()).containsExactlyElementsOf(expected);
            assertThat(saved).as("days saved while the import ran").isNotEmpty();
        }
        try (var reopened = Database.open(dataDir)) {
            assertThat(firstValue(reopened, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void saveWhileAnotherProgramWrites_waitsForItsCommit_ratherThanFailing() throws Exception {
        try (var window = Database.open(dataDir)) {
            var holding = new CountDownLatch(1);
            var otherCommitted = new AtomicBoolean();
            var other = new Thread(() -> {
                try (var connection = DriverManager.getConnection("jdbc:sqlite:" + window.file())) {
                    connection.setAutoCommit(false);
                    connection.createStatement().executeUpdate(
                            "INSERT INTO setting (key, value) VALUES ('written by', 'the other program')");
                    holding.countDown();
                    TimeUnit.MILLISECONDS.sleep(1500);
                    otherCommitted.set(true);
                    connection.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            diary(window).save(TestDays.day(1));

            assertThat(otherCommitted).as("the save waited for the other program's write").isTrue();
            other.join();
            assertThat(diary(window).day(TestDays.date(1))).contains(TestDays.day(1));
            assertThat(firstValue(window, "SELECT value FROM setting")).isEqualTo("the other program");
        }
    }

    @Test
    void changedElsewhere_seesOtherConnectionsCommits_notItsOwn() throws Exception {
        try (var window = Database.open(dataDir); var other = Database.open(dataDir)) {
            assertThat(window.changedElsewhere()).isFalse();
            diary(window).save(TestDays.day(1));
            assertThat(window.changedElsewhere()).as("its own save").isFalse();
            diary(other).save(TestDays.day(2));
            assertThat(window.changedElsewhere()).isTrue();
            assertThat(window.changedElsewhere()).isFalse();
        }
    }
}
