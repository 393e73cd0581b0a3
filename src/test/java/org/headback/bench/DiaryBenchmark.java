package org.headback.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Random;
import org.headback.diary.ConflictMode;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.diary.DiaryCsvReader;
import org.headback.diary.HeadacheKind;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.work.Progress;

/**
 * The diary's benchmark: saving one day, importing ten years of days from CSV, loading a year for the calendar.
 * Each is run on a real SQLite file in a temporary folder, after a warm-up, and reported as the median and the
 * slowest of several runs. Run it with {@code mvn -Pbench package -DskipTests} (see BENCHMARKS.md).
 */
public final class DiaryBenchmark {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("UTC")).toInstant(),
            ZoneId.of("UTC"));
    static final int TEN_YEARS = 3_653;

    private DiaryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        var folder = Files.createTempDirectory("headback-bench");
        try {
            System.out.printf(Locale.ROOT, "HeadBack diary benchmark (%s, %d cores, Java %s)%n",
                    System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            saveOneDay(folder.resolve("save"));
            var csv = tenYearsCsv(folder.resolve("ten-years.csv"));
            importTenYears(folder, csv);
            loadAYear(folder.resolve("load"), csv);
        } finally {
            Measured.deleteAll(folder);
        }
    }

    private static void saveOneDay(Path dir) {
        try (var database = Database.open(dir)) {
            var diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
            var times = new ArrayList<Double>();
            for (int i = 0; i < 250; i++) {
                var day = sampleDay(new Random(i), TODAY.minusDays(i));
                long start = System.nanoTime();
                diary.save(day);
                times.add(Measured.millisSince(start));
            }
            Measured.report("save one day (one committed transaction)", times.subList(50, times.size()));
        }
    }

    private static void importTenYears(Path folder, Path csv) throws IOException {
        var times = new ArrayList<Double>();
        for (int run = 0; run < 7; run++) {
            try (var database = Database.open(folder.resolve("import-" + run))) {
                var diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
                long start = System.nanoTime();
                var plan = DiaryCsvReader.read(csv, TODAY);
                var result = diary.importDays(plan, ConflictMode.FAIL, Progress.NONE);
                times.add(Measured.millisSince(start));
                if (result.imported() != TEN_YEARS) {
                    throw new IllegalStateException("imported " + result.imported());
                }
            }
        }
        Measured.report("import 10 years (3,653 rows) from CSV", times.subList(2, times.size()));
    }

    private static void loadAYear(Path dir, Path csv) {
        try (var database = Database.open(dir)) {
            var diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
            diary.importDays(DiaryCsvReader.read(csv, TODAY), ConflictMode.FAIL, Progress.NONE);
            var times = new ArrayList<Double>();
            for (int run = 0; run < 60; run++) {
                long start = System.nanoTime();
                var year = diary.between(TODAY.minusYears(1).plusDays(1), TODAY);
                times.add(Measured.millisSince(start));
                if (year.size() != 365) {
                    throw new IllegalStateException("loaded " + year.size());
                }
            }
            Measured.report("load a year of days (calendar and list)", times.subList(10, times.size()));
        }
    }

    static Path tenYearsCsv(Path file) throws IOException {
        var random = new Random(42);
        var days = new ArrayList<DayEntry>();
        for (int i = TEN_YEARS - 1; i >= 0; i--) {
            days.add(sampleDay(random, TODAY.minusDays(i)));
        }
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DiaryCsv.write(days, out, Progress.NONE);
        }
        return file;
    }

    static DayEntry sampleDay(Random random, LocalDate date) {
        int back = random.nextInt(11);
        int headache = random.nextInt(3) == 0 ? 1 + random.nextInt(10) : 0;
        var builder = DayEntry.on(date).backPain(back).headache(headache).sleepHours(5 + random.nextInt(5))
                .stress(random.nextInt(11))
                .notes(random.nextInt(4) == 0 ? "Long day at the desk, \"stiff\" neck." : "");
        if (headache > 0) {
            builder.headacheKind(HeadacheKind.values()[random.nextInt(HeadacheKind.values().length)])
                    .headacheHours(1 + random.nextInt(12));
        }
        return builder.build();
    }
}
