package org.headback.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.headback.diary.ConflictMode;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsvReader;
import org.headback.storage.Backups;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.testing.TestDays;
import org.headback.work.Progress;

/**
 * A child process for {@link CrashSafetyTest}: works on a data folder through the app's own classes and prints a
 * line each time a piece of work has been committed (after the call returned), until it is killed.
 *
 * <ul>
 *   <li>{@code days DIR FIRST}: saves day FIRST, FIRST+1, … one by one; prints {@code saved N} after each.</li>
 *   <li>{@code import DIR FILE}: imports a CSV file in one transaction; prints {@code begun} when the first day is
 *       written and {@code committed} when the import returned.</li>
 *   <li>{@code backups DIR DATE}: makes the daily backup of DATE, then of the day after, and so on; prints
 *       {@code backup DATE} after each.</li>
 * </ul>
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        var dataDir = Path.of(args[1]);
        switch (args[0]) {
            case "days" -> saveDays(dataDir, Integer.parseInt(args[2]));
            case "import" -> importFile(dataDir, Path.of(args[2]));
            case "backups" -> makeBackups(dataDir, LocalDate.parse(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void saveDays(Path dataDir, int first) {
        var clock = Clock.systemDefaultZone();
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            for (int index = first; ; index++) {
                diary.save(TestDays.numbered(index));
                say("saved " + index);
            }
        }
    }

    private static void importFile(Path dataDir, Path file) {
        var clock = Clock.systemDefaultZone();
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            var plan = DiaryCsvReader.read(file, diary.today());
            diary.importDays(plan, ConflictMode.FAIL, Progress.told((done, total) -> {
                if (done == 1) {
                    say("begun");
                }
            }));
            say("committed");
        }
    }

    private static void makeBackups(Path dataDir, LocalDate first) {
        try (var database = Database.open(dataDir)) {
            var store = new SqliteDiaryStore(database, Clock.systemUTC());
            for (var date = first; ; date = date.plusDays(1)) {
                var clock = Clock.fixed(date.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
                new Backups(database, dataDir, clock).backUpIfDue();
                say("backup " + date);
                // Something new in each backup, so that no two are alike.
                new Diary(store, clock).save(TestDays.numbered(date.getDayOfYear()));
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
