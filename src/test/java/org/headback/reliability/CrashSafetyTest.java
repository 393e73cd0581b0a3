package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.storage.Backups;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.testing.TestDays;
import org.headback.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop that dies mid-save: a child process writes through the app's own classes and is killed with SIGKILL at
 * a random moment, again and again. After every kill the database must pass SQLite's integrity check, hold every day
 * the child had reported as saved (exactly as saved), and hold an import whole or not at all.
 *
 * <p>The moments are drawn from a seeded generator; the seed is printed, and {@code -Dheadback.crash.seed=N} repeats
 * the same choices (the child's own speed still varies from run to run).
 */
class CrashSafetyTest {
    static final int DAY_KILLS = 25;
    static final int IMPORT_KILLS = 10;
    static final int BACKUP_KILLS = 5;
    static final int IMPORTED_DAYS = 3000;
    private static final int KEPT_DAYS = 10;
    private static final int FIRST_IMPORTED = 5000;

    private static long seed;

    @TempDir
    Path dataDir;
    @TempDir
    Path scratch;

    @BeforeAll
    static void chooseSeed() {
        seed = Long.getLong("headback.crash.seed", System.nanoTime());
        System.out.println("CrashSafetyTest seed " + seed);
    }

    private static Diary diary(Database database) {
        var clock = Clock.systemDefaultZone();
        return new Diary(new SqliteDiaryStore(database, clock), clock);
    }

    private ChildProcess child(String... args) {
        return ChildProcess.start(scratch, List.of(), CrashChild.class, args);
    }

    /** Integrity check, foreign keys, and opening as the app does (which refuses a damaged file). */
    private Database openChecked() {
        var database = Database.open(dataDir);
        var problems = database.read(c -> {
            var found = new ArrayList<String>();
            try (var statement = c.createStatement()) {
                try (var rows = statement.executeQuery("PRAGMA integrity_check")) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                try (var rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                    while (rows.next()) {
                        found.add("foreign key: " + rows.getString(1));
                    }
                }
            }
            return found;
        });
        assertThat(problems).as("seed " + seed).containsExactly("ok");
        return database;
    }

    @Test
    void killedWhileSavingDays_keepsEveryAcknowledgedDay_andAnIntactFile() throws Exception {
        var random = new Random(seed);
        var acknowledged = new TreeSet<Integer>();
        int next = 0;
        int killsMidWork = 0;
        List<String> output;
        for (int round = 1; round <= DAY_KILLS; round++) {
            try (var child = child("days", dataDir.toString(), Integer.toString(next))) {
                // One kill in five comes at any moment after the start: while opening, recovering the log or
                // bringing the schema up to date. The others come while days are being saved.
                boolean early = random.nextInt(5) == 0;
                if (early) {
                    TimeUnit.MILLISECONDS.sleep(random.nextInt(1200));
                } else {
                    child.require("saved ", "round " + round);
                    TimeUnit.MILLISECONDS.sleep(random.nextInt(400));
                    killsMidWork++;
                }
                child.kill();
                output = child.allLines();
                output.stream().filter(line -> line.startsWith("saved "))
                        .forEach(line -> acknowledged.add(Integer.parseInt(line.substring(6))));
            }
            next = checkDays(acknowledged, next, round, output);
        }
        try (var database = openChecked()) {
            assertThat(diary(database).all()).as("seed %d: at the end, every day as saved", seed)
                    .containsExactlyElementsOf(IntStream.range(0, next).mapToObj(TestDays::numbered).toList());
        }
        System.out.printf("CrashSafetyTest days: %d kills (%d while saving), %d days acknowledged, all present%n",
                DAY_KILLS, killsMidWork, acknowledged.size());
        assertThat(acknowledged).as("the child got to save days").isNotEmpty();
    }

    /**
     * The child saves days 0, 1, 2… in turn, each round going on from the last day stored; so after every kill the
     * diary must hold days 0 to some n without a gap (a day lost anywhere shows in the count), the days of this round
     * exactly as saved, and every acknowledged day. A day beyond the acknowledged ones is one whose commit beat its
     * report. Returns the first day of the next round.
     */
    private int checkDays(TreeSet<Integer> acknowledged, int first, int round, List<String> output) {
        try (var database = openChecked()) {
            var diary = diary(database);
            var newDays = diary.between(TestDays.numberedDate(first), diary.today());
            int next = first + newDays.size();
            assertThat(diary.count()).as("seed %d, round %d: days 0 to %d, none missing", seed, round, next - 1)
                    .isEqualTo(next);
            assertThat(newDays).as("seed %d, round %d: days as saved", seed, round)
                    .containsExactlyElementsOf(IntStream.range(first, next).mapToObj(TestDays::numbered).toList());
            assertThat(acknowledged.isEmpty() ? -1 : acknowledged.last()).as("seed %d, round %d: acknowledged days",
                    seed, round).isLessThan(next);
            // Each round can add at most one such day. The child's output is in the message, to tell a report the
            // test failed to read from a day saved twice.
            var printed = output.isEmpty() ? "nothing" : output.get(0) + " … " + output.get(output.size() - 1);
            assertThat(next - acknowledged.size()).as("seed %d, round %d: committed but killed before saying so; "
                    + "this round's child printed %d lines: %s", seed, round, output.size(), printed)
                    .isLessThanOrEqualTo(round);
            return next;
        }
    }

    @Test
    void killedWhileImporting_keepsTheImportWholeOrNotAtAll() throws Exception {
        var csv = scratch.resolve("days.csv");
        try (var out = Files.newBufferedWriter(csv)) {
            DiaryCsv.write(IntStream.range(FIRST_IMPORTED, FIRST_IMPORTED + IMPORTED_DAYS).mapToObj(TestDays::numbered)
                    .toList(), out, Progress.NONE);
        }
        try (var database = Database.open(dataDir)) {
            IntStream.range(0, KEPT_DAYS).forEach(index -> diary(database).save(TestDays.numbered(index)));
        }
        long writing = timeOneImport(csv);
        var random = new Random(seed + 1);
        int whole = 0;
        int none = 0;
        for (int round = 1; round <= IMPORT_KILLS; round++) {
            boolean committed;
            try (var child = child("import", dataDir.toString(), csv.toString())) {
                child.require("begun", "round " + round);
                // Mostly while the transaction is open; now and then just after it was committed.
                TimeUnit.MILLISECONDS.sleep((long) (random.nextDouble() * writing * 1.3));
                child.kill();
                committed = child.allLines().contains("committed");
            }
            int count = countAndReset(committed, round);
            if (count == KEPT_DAYS + IMPORTED_DAYS) {
                whole++;
            } else {
                none++;
            }
        }
        System.out.printf("CrashSafetyTest import: %d kills of a %d-day import (%d ms of writing): %d whole, "
                + "%d not at all, none in part%n", IMPORT_KILLS, IMPORTED_DAYS, writing, whole, none);
    }

    /** Runs one import to its end; how long its writing took, in ms (at least 50). */
    private long timeOneImport(Path csv) throws Exception {
        try (var child = child("import", dataDir.toString(), csv.toString())) {
            child.require("begun", "the first import");
            long begun = System.nanoTime();
            child.require("committed", "the first import");
            long writing = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isZero();
            countAndReset(true, 0);
            return Math.max(50, writing);
        }
    }

    /** Checks that the import is whole or absent (whole if it was reported committed), then takes it out again. */
    private int countAndReset(boolean committed, int round) {
        try (var database = openChecked()) {
            var diary = diary(database);
            var all = diary.all();
            assertThat(all.size()).as("seed %d, round %d: days after the kill", seed, round)
                    .isIn(KEPT_DAYS, KEPT_DAYS + IMPORTED_DAYS);
            if (committed) {
                assertThat(all).as("reported committed").hasSize(KEPT_DAYS + IMPORTED_DAYS);
            }
            var expected = IntStream.range(0, KEPT_DAYS).mapToObj(TestDays::numbered).toList();
            if (all.size() > KEPT_DAYS) {
                expected = IntStream.concat(IntStream.range(0, KEPT_DAYS),
                        IntStream.range(FIRST_IMPORTED, FIRST_IMPORTED + IMPORTED_DAYS)).mapToObj(TestDays::numbered)
                        .toList();
            }
            assertThat(all).as("seed %d, round %d", seed, round).containsExactlyElementsOf(expected);
            database.write(c -> {
                try (var statement = c.prepareStatement("DELETE FROM day_entry WHERE day >= ?")) {
                    statement.setString(1, TestDays.numberedDate(FIRST_IMPORTED).toString());
                    return statement.executeUpdate();
                }
            });
            return all.size();
        }
    }

    @Test
    void killedWhileBackingUp_leavesOnlyWholeBackups() throws Exception {
        var random = new Random(seed + 2);
        var next = LocalDate.of(2026, 1, 1);
        int checked = 0;
        for (int round = 1; round <= BACKUP_KILLS; round++) {
            LocalDate last;
            try (var child = child("backups", dataDir.toString(), next.toString())) {
                child.require("backup ", "round " + round);
                TimeUnit.MILLISECONDS.sleep(random.nextInt(300));
                child.kill();
                var made = child.allLines().stream().filter(line -> line.startsWith("backup ")).toList();
                last = LocalDate.parse(made.get(made.size() - 1).substring(7));
            }
            next = last.plusDays(1);
            assertThat(Backups.listIn(dataDir, java.time.Clock.systemDefaultZone()))
                    .extracting(Backups.Backup::date).as("the last one reported").contains(last);
            // Every file named as a backup, not only those listed: a torn copy must not be left under such a name.
            try (var files = Files.list(dataDir.resolve(Backups.FOLDER))) {
                for (var file : files.filter(f -> f.getFileName().toString().matches("headback-.*\\.db")).toList()) {
                    assertSoundBackup(file);
                    checked++;
                }
            }
            openChecked().close();
        }
        System.out.printf("CrashSafetyTest backups: %d kills, %d backup files checked, all whole%n", BACKUP_KILLS,
                checked);
    }

    private static void assertSoundBackup(Path file) throws IOException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
             var statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertThat(rows.getString(1)).as(file.toString()).isEqualTo("ok");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(file + " is not a sound database: " + e.getMessage(), e);
        }
        assertThat(Files.size(file)).isPositive();
    }
}
