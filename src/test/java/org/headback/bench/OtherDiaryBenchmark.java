package org.headback.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.headback.diary.ConflictMode;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.diary.ImportPlan;
import org.headback.diary.other.DiaryFile;
import org.headback.diary.other.OnePainDays;
import org.headback.diary.other.OtherDays;
import org.headback.diary.other.OtherDiary;
import org.headback.diary.other.Proposal;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.work.Progress;

/**
 * Importing ten years of another diary's export against importing a HeadBack CSV file of the same size: each
 * export (Flaredown, Bearable, Headi: 3,653 days, made up) and a HeadBack file padded with notes to its number of
 * bytes are read, mapped by the proposal and imported into a new diary, interleaved round by round; the ratio of
 * the medians is what counts (this machine's speed cancels out). Run with {@code mvn -Pbench package -DskipTests}.
 */
public final class OtherDiaryBenchmark {
    private static final LocalDate TODAY = DiaryBenchmark.TODAY;
    private static final LocalDate FIRST = TODAY.minusDays(DiaryBenchmark.TEN_YEARS - 1L);
    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final int ROUNDS = 9;
    private static final int WARM_UP = 4;

    private OtherDiaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var folder = Files.createTempDirectory("headback-bench");
        try {
            System.out.printf(Locale.ROOT, "HeadBack: other diaries' exports against HeadBack CSV of the same size "
                    + "(%s, %d cores, Java %s)%n", System.getProperty("os.name"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            var files = new LinkedHashMap<String, Path>();
            files.put("Flaredown", write(folder.resolve("flaredown.csv"), SyntheticExports.flaredown(FIRST, TODAY)));
            files.put("Bearable", write(folder.resolve("bearable.csv"), SyntheticExports.bearable(FIRST, TODAY)));
            files.put("Headi", write(folder.resolve("headi.csv"), SyntheticExports.headi(FIRST, TODAY, ZONE)));
            var ofSize = new LinkedHashMap<String, Path>();
            var ofDays = new LinkedHashMap<String, Path>();
            for (var entry : files.entrySet()) {
                ofSize.put(entry.getKey(), headBackOfSize(folder.resolve("headback-" + entry.getKey() + ".csv"),
                        Files.size(entry.getValue())));
                ofDays.put(entry.getKey(), headBackOfDays(folder.resolve("same-days-" + entry.getKey() + ".csv"),
                        entry.getValue()));
            }
            System.out.println("Against HeadBack CSV of the same number of bytes (ten years of days, padded with "
                    + "notes):");
            measure(folder, files, ofSize);
            readOnly(files, ofSize);
            System.out.println("Against HeadBack CSV of the same days (what the import makes, with its factors and "
                    + "medicines):");
            measure(folder, files, ofDays);
        } finally {
            Measured.deleteAll(folder);
        }
    }

    private static void measure(Path folder, Map<String, Path> files, Map<String, Path> baselines) throws Exception {
        var times = new LinkedHashMap<String, List<Double>>();
        int made = 0;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            for (var app : files.keySet()) {
                for (var file : List.of(baselines.get(app), files.get(app))) {
                    var dir = folder.resolve("diary-" + made++);
                    long start = System.nanoTime();
                    int imported = importFile(dir, file);
                    double took = Measured.millisSince(start);
                    Measured.deleteAll(dir);
                    if (imported < DiaryBenchmark.TEN_YEARS / 2) {
                        throw new IllegalStateException(file + ": imported only " + imported);
                    }
                    if (round >= WARM_UP) {
                        times.computeIfAbsent(file.getFileName().toString(), key -> new ArrayList<>()).add(took);
                    }
                }
            }
        }
        for (var app : files.keySet()) {
            var own = baselines.get(app);
            double baseline = Measured.report(String.format(Locale.ROOT, "  HeadBack CSV, %,d bytes",
                    Files.size(own)), times.get(own.getFileName().toString()));
            var other = files.get(app);
            double median = Measured.report(String.format(Locale.ROOT, "  %s, 10 years, %,d bytes", app,
                    Files.size(other)), times.get(other.getFileName().toString()));
            System.out.printf(Locale.ROOT, "  %s / HeadBack CSV: %.2f×%n", app, median / baseline);
        }
    }

    /** The reading and mapping alone, without the diary's writing, in the same interleaved way. */
    private static void readOnly(Map<String, Path> files, Map<String, Path> baselines) throws Exception {
        for (var app : files.keySet()) {
            var own = new ArrayList<Double>();
            var other = new ArrayList<Double>();
            for (int round = 0; round < WARM_UP + 3 * ROUNDS; round++) {
                long start = System.nanoTime();
                plan(baselines.get(app));
                double baseline = Measured.millisSince(start);
                start = System.nanoTime();
                plan(files.get(app));
                if (round >= WARM_UP) {
                    own.add(baseline);
                    other.add(Measured.millisSince(start));
                }
            }
            double ratio = Measured.median(other) / Measured.median(own);
            System.out.printf(Locale.ROOT, "  reading and mapping only: %s %.1f ms, HeadBack CSV %.1f ms: %.2f×%n",
                    app, Measured.median(other), Measured.median(own), ratio);
        }
    }

    /** Reads, maps by the proposal (days of one pain get the other as 0) and imports; the days imported. */
    private static int importFile(Path dir, Path file) {
        try (var database = Database.open(dir)) {
            var diary = new Diary(new SqliteDiaryStore(database, DiaryBenchmark.CLOCK), DiaryBenchmark.CLOCK);
            return diary.importDays(plan(file), ConflictMode.FAIL, Progress.NONE).imported();
        }
    }

    static ImportPlan plan(Path file) {
        var read = DiaryFile.read(file, Optional.empty(), ZONE, TODAY, Progress.NONE);
        return read instanceof DiaryFile.HeadBackDays own ? own.plan()
                : OtherDays.of((OtherDiary) read, Proposal.of((OtherDiary) read), Optional.of(OnePainDays.ZERO))
                .plan();
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Ten years of HeadBack days whose notes make the file {@code bytes} long, give or take a line. */
    private static Path headBackOfSize(Path file, long bytes) throws IOException {
        var plain = DiaryBenchmark.tenYearsCsv(file);
        long missing = Math.max(0, bytes - Files.size(plain));
        int perDay = (int) (missing / DiaryBenchmark.TEN_YEARS);
        var random = new Random(42);
        var days = new ArrayList<DayEntry>();
        for (int i = DiaryBenchmark.TEN_YEARS - 1; i >= 0; i--) {
            var day = DiaryBenchmark.sampleDay(random, TODAY.minusDays(i));
            days.add(day.toBuilder().notes(padded(day.notes(), perDay)).build());
        }
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DiaryCsv.write(days, out, Progress.NONE);
        }
        return file;
    }

    /** The days an import of {@code export} makes, in HeadBack's CSV. */
    private static Path headBackOfDays(Path file, Path export) throws IOException {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DiaryCsv.write(plan(export).days(), out, Progress.NONE);
        }
        return file;
    }

    private static String padded(String notes, int extra) {
        var text = new StringBuilder(notes);
        while (text.length() < notes.length() + extra) {
            text.append(" slept badly, walked to work");
        }
        return text.substring(0, notes.length() + extra);
    }
}
