package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.headback.diary.AlreadyRecordedException;
import org.headback.diary.ConflictMode;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.diary.ImportException;
import org.headback.diary.ImportPlan;
import org.headback.storage.Database;
import org.headback.storage.OlderDiaries;
import org.headback.storage.SqliteDiaryStore;
import org.headback.testing.TestDays;
import org.headback.text.Words;
import org.headback.work.Progress;
import org.sqlite.SQLiteJDBCLoader;
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
    private static final int ROUNDS = 10;
    private static final int PROGRAMS = 4;
    private static final int STALE_NATIVE_LIBRARIES = 300;
    private static final long HOLD_MS = 1500;

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
            DiaryCsv.write(IntStream.range(FIRST_IMPORTED, FIRST_IMPORTED + IMPORTED).mapToObj(TestDays::numbered)
                    .toList(), out, Progress.NONE);
        }
        try (var window = Database.open(dataDir)) {
            var diary = diary(window);
            var saved = new ArrayList<Integer>();
            try (var commandLine = ChildProcess.start(scratch, List.of(), Launcher.class, "--data-dir",
                    dataDir.toString(), "diary", "import", csv.toString())) {
                // The window's saves go on for as long as the other process runs, far faster than anyone types;
                // none may fail.
                for (int index = 0; commandLine.waitFor(SAVE_EVERY_MS, TimeUnit.MILLISECONDS) == -1; index++) {
                    diary.save(TestDays.numbered(index));
                    saved.add(index);
                }
                assertThat(commandLine.waitFor(60, TimeUnit.SECONDS)).as(commandLine.allLines().toString()).isZero();
                assertThat(commandLine.allLines()).contains("imported " + Words.count("day", IMPORTED));
            }
            assertThat(window.changedElsewhere()).as("the window can tell").isTrue();
            assertThat(window.changedElsewhere()).as("and only once").isFalse();

            var expected = new ArrayList<DayEntry>();
            saved.forEach(index -> expected.add(TestDays.numbered(index)));
            IntStream.range(FIRST_IMPORTED, FIRST_IMPORTED + IMPORTED).forEach(i -> expected.add(TestDays.numbered(i)));
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

            diary(window).save(TestDays.numbered(1));

            assertThat(otherCommitted).as("the save waited for the other program's write").isTrue();
            other.join();
            assertThat(diary(window).day(TestDays.numberedDate(1))).contains(TestDays.numbered(1));
            assertThat(firstValue(window, "SELECT value FROM setting")).isEqualTo("the other program");
        }
    }

    @Test
    void changedElsewhere_seesOtherConnectionsCommits_notItsOwn() throws Exception {
        try (var window = Database.open(dataDir); var other = Database.open(dataDir)) {
            assertThat(window.changedElsewhere()).isFalse();
            diary(window).save(TestDays.numbered(1));
            assertThat(window.changedElsewhere()).as("its own save").isFalse();
            diary(other).save(TestDays.numbered(2));
            assertThat(window.changedElsewhere()).isTrue();
            assertThat(window.changedElsewhere()).isFalse();
        }
    }

    /**
     * Several programs started at the same moment on a new data folder (even rounds) or on an older HeadBack's
     * folder (odd rounds): each adds a day, two of them the same day. Every program's own day is there, the shared
     * day exactly once with the winner's values, the loser is told the day is already in the diary, and no program
     * prints a stack trace, also while each removes the same stale copies of SQLite's native library.
     */
    @Test
    void manyProgramsStartingAtOnce_onANewOrAnOlderFolder_eachAddIsKept_andTheSameDayOnlyOnce() throws Exception {
        int lostOrRefused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            var folder = scratch.resolve("round-" + round);
            boolean older = round % 2 == 1;
            if (older) {
                OlderDiaries.atVersion(folder, 2, "2025-12-31");
            }
            var tmp = Files.createDirectories(scratch.resolve("tmp-" + round));
            staleNativeLibraries(tmp);
            var go = scratch.resolve("go-" + round);
            var programs = new ArrayList<ChildProcess>();
            try {
                for (int p = 0; p < PROGRAMS; p++) {
                    programs.add(ChildProcess.start(tmp, List.of(), AtOnce.class, go.toString(), "--data-dir",
                            folder.toString(), "diary", "add", sharedOrOwnDay(p), "--back-pain", Integer.toString(p),
                            "--headache", "1", "--notes", "program " + p));
                }
                for (var program : programs) {
                    program.require("ready", "a program waiting to start");
                }
                Files.createFile(go);
                lostOrRefused += checkRound(folder, older, programs, round);
            } finally {
                for (var program : programs) {
                    program.close();
                }
            }
        }
        System.out.println("TwoProcessesTest manyProgramsStartingAtOnce: " + ROUNDS + " rounds of " + PROGRAMS
                + " programs, " + lostOrRefused + " adds of the shared day refused, 0 lost");
    }

    /**
     * Copies of SQLite's native library that killed programs left in the temporary folder, for every program to
     * remove as it starts (so they race to remove the same files), and one that cannot be removed at all.
     */
    private static void staleNativeLibraries(Path tmp) throws Exception {
        var prefix = "sqlite-" + SQLiteJDBCLoader.getVersion() + "-stale";
        for (int i = 0; i < STALE_NATIVE_LIBRARIES; i++) {
            Files.writeString(tmp.resolve(prefix + i + "-libsqlitejdbc.so"), "left by a program that was killed");
        }
        var undeletable = Files.createDirectories(tmp.resolve(prefix + "-folder-libsqlitejdbc.so"));
        Files.writeString(undeletable.resolve("inside"), "a folder is not deleted while it holds a file");
    }

    /** The last two programs add the same day; the others a day of their own. */
    private static String sharedOrOwnDay(int program) {
        return program >= PROGRAMS - 2 ? "2026-01-15" : "2026-01-0" + (program + 1);
    }

    private static int checkRound(Path folder, boolean older, List<ChildProcess> programs, int round)
            throws Exception {
        var winners = new ArrayList<Integer>();
        for (int p = 0; p < PROGRAMS; p++) {
            var program = programs.get(p);
            int code = program.waitFor(60, TimeUnit.SECONDS);
            var lines = program.allLines();
            var what = "round " + round + ", program " + p + ": " + lines;
            assertThat(lines).as(what + ": no stack trace, no log record of several lines").noneMatch(line ->
                    line.startsWith("\tat ") || line.startsWith("Caused by") || line.startsWith("SEVERE")
                    || line.startsWith("WARNING") || line.matches("[a-z]+(\\.\\w+)+(Exception|Error)\\b.*"));
            if (code == 0) {
                assertThat(lines).as(what).contains("added " + sharedOrOwnDay(p));
                winners.add(p);
            } else {
                assertThat(p).as(what).isGreaterThanOrEqualTo(PROGRAMS - 2);
                assertThat(String.join("\n", lines)).as(what)
                        .contains("headback: " + sharedOrOwnDay(p)
                                + " is already in the diary; use --replace to change it");
            }
        }
        var sharedWinners = winners.stream().filter(p -> p >= PROGRAMS - 2).toList();
        assertThat(sharedWinners).as("round " + round + ": the shared day is added once").hasSize(1);
        try (var database = Database.open(folder)) {
            var days = diary(database).all();
            assertThat(firstValue(database, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(days).hasSize(PROGRAMS - 1 + (older ? 1 : 0));
            for (int p : winners) {
                assertThat(days).as("round " + round + ", program " + p).anySatisfy(day -> {
                    assertThat(day.date()).hasToString(sharedOrOwnDay(p));
                    assertThat(day.notes()).isEqualTo("program " + p);
                });
            }
        }
        return PROGRAMS - winners.size();
    }

    /**
     * Another program that has saved {@code day} in a transaction it holds open, and commits {@link #HOLD_MS} later
     * ("committed" once it has).
     */
    private ChildProcess holdingInAnotherProgram(String day) throws InterruptedException {
        var other = ChildProcess.start(scratch, List.of(), TransactionHolder.class, dataDir.toString(), day,
                Long.toString(HOLD_MS));
        try {
            other.require("holding", "the other program's open transaction");
        } catch (InterruptedException | RuntimeException | AssertionError e) {
            other.close();
            throw e;
        }
        return other;
    }

    @Test
    void addWithoutReplace_whileAnotherProgramHoldsThatDayInATransaction_isRefused_andKeepsTheirs()
            throws Exception {
        try (var window = Database.open(dataDir)) {
            var day = DayEntry.on(java.time.LocalDate.of(2026, 1, 15)).backPain(1).headache(1).notes("mine").build();
            try (var other = holdingInAnotherProgram("2026-01-15")) {

                assertThatThrownBy(() -> diary(window).add(day)).isInstanceOf(AlreadyRecordedException.class)
                        .hasMessageContaining("2026-01-15 is already in the diary");

                other.require("committed", "the other program's commit");
            }
            assertThat(diary(window).day(day.date())).get().extracting(DayEntry::notes)
                    .isEqualTo("saved by the other program");
        }
    }

    @Test
    void importSkippingConflicts_whileAnotherProgramHoldsOneOfItsDays_skipsThatDay_andKeepsTheirs()
            throws Exception {
        var plan = planOf("2026-01-14", "2026-01-15", "2026-01-16");
        try (var window = Database.open(dataDir)) {
            try (var other = holdingInAnotherProgram("2026-01-15")) {

                var result = diary(window).importDays(plan, ConflictMode.SKIP, Progress.NONE);

                assertThat(result.summary()).isEqualTo("imported 2 days; skipped 1 day already in the diary");
                other.require("committed", "the other program's commit");
            }
            assertThat(diary(window).all()).extracting(DayEntry::notes)
                    .containsExactly("imported", "saved by the other program", "imported");
        }
    }

    @Test
    void importFailingOnConflicts_whileAnotherProgramHoldsOneOfItsDays_namesThatDay_andImportsNothing()
            throws Exception {
        var plan = planOf("2026-01-14", "2026-01-15", "2026-01-16");
        try (var window = Database.open(dataDir)) {
            try (var other = holdingInAnotherProgram("2026-01-15")) {

                assertThatThrownBy(() -> diary(window).importDays(plan, ConflictMode.FAIL, Progress.NONE))
                        .isInstanceOf(ImportException.class)
                        .hasMessage("days.csv: 1 day is already in the diary (the first is 2026-01-15); nothing was "
                                + "imported. Choose to skip or replace them.");
                other.require("committed", "the other program's commit");
            }
            assertThat(diary(window).all()).extracting(DayEntry::notes).containsExactly("saved by the other program");
        }
    }

    private static ImportPlan planOf(String... days) {
        return new ImportPlan("days.csv", java.util.Arrays.stream(days).map(day -> DayEntry.on(
                java.time.LocalDate.parse(day)).backPain(2).headache(3).notes("imported").build()).toList(),
                List.of());
    }
}
