package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.headback.diary.BackLocation;
import org.headback.diary.ConflictMode;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.diary.DiaryCsvReader;
import org.headback.diary.HeadacheKind;
import org.headback.diary.ImportException;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of hostile CSV files offered for import, made by a seeded generator: random bytes, good files damaged
 * here and there, broken UTF-8, enormous fields and records, quotes nested deep, values at and beyond their limits,
 * and good files with notes full of quotes, line breaks and formula signs. Good files are written by HeadBack, half
 * of them then saved again as spreadsheets save them ({@link SpreadsheetSave}: semicolons and decimal commas, a
 * {@code sep=} line, UTF-16 with tabs, empty cells), and damaged in those forms too. Each must be imported whole or
 * refused with a message naming the file, within a generous bound (a hang guard, not a speed test); a refused import
 * changes nothing in the database; and a good file's days, notes and all, arrive exactly as they were.
 *
 * <p>The seed is fixed so that {@code mvn verify} tries the same inputs every time; {@code -Dheadback.fuzz.seed=N}
 * tries others. A failure names the seed and the input's number.
 */
class CsvImportFuzzTest {
    static final int INPUTS = 3000;
    private static final long SEED = Long.getLong("headback.fuzz.seed", 20_261_121L);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String FILE_NAME = "offered.csv";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private Database database;
    private Diary diary;
    private final Map<LocalDate, DayEntry> expected = new TreeMap<>();

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        for (int i = 0; i < 20; i++) {
            var day = DayEntry.on(TODAY.minusDays(i * 37L)).backPain(i % 11).headache(3).build();
            diary.save(day);
            expected.put(day.date(), day);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private enum Kind { RANDOM_BYTES, DAMAGED_GOOD_FILE, GOOD_FILE_HOSTILE_NOTES, BROKEN_UTF8, HUGE, DEEP_QUOTES,
        EDGE_VALUES, BAD_HEADER }

    private record Outcome(boolean imported, int days) {
    }

    /** A file to offer, and for a good one the days it holds. */
    private record Offered(byte[] bytes, List<DayEntry> days) {
        Offered(byte[] bytes) {
            this(bytes, null);
        }
    }

    @Test
    void hostileCsvFiles_areImportedWholeOrRefusedWithTheFileNamed_andRefusalsChangeNothing() throws Exception {
        var random = new Random(SEED);
        var file = files.resolve(FILE_NAME);
        int imported = 0;
        int daysImported = 0;
        var kinds = Kind.values();
        for (int input = 0; input < INPUTS; input++) {
            var kind = kinds[input % kinds.length];
            var offered = generate(kind, random);
            Files.write(file, offered.bytes());
            var context = "seed " + SEED + ", input " + input + " (" + kind + ")";
            // A good file replaces the days it shares with the diary; any other is offered with each way of
            // handling such days.
            var mode = kind == Kind.GOOD_FILE_HOSTILE_NOTES ? ConflictMode.REPLACE
                    : ConflictMode.values()[random.nextInt(ConflictMode.values().length)];
            var outcome = assertTimeoutPreemptively(HANG_GUARD, () -> offer(file, offered.days(), mode, context),
                    context);
            if (outcome.imported()) {
                imported++;
                daysImported += outcome.days();
            }
            if (kind == Kind.GOOD_FILE_HOSTILE_NOTES) {
                assertThat(outcome.imported()).as(context + ": a good file").isTrue();
            }
        }
        assertThat(diary.all()).as("seed " + SEED).containsExactlyElementsOf(expected.values());
        assertThat(TwoProcessesTest.firstValue(database, "PRAGMA integrity_check")).isEqualTo("ok");
        System.out.printf("CsvImportFuzzTest: seed %d, %d files offered: %d imported (%d days), %d refused with a "
                + "message, none crashed or hung%n", SEED, INPUTS, imported, daysImported, INPUTS - imported);
    }

    /**
     * Reads and imports the file as the window and the command line do; what changed, or that nothing did. A good
     * file ({@code days} not null) must hold exactly its days.
     */
    private Outcome offer(Path file, List<DayEntry> days, ConflictMode mode, String context) {
        long changesBefore = totalChanges();
        try {
            var plan = DiaryCsvReader.read(file, TODAY);
            if (days != null) {
                assertThat(plan.days()).as(context).isEqualTo(days);
            }
            var result = diary.importDays(plan, mode, Progress.NONE);
            for (var day : plan.days()) {
                if (mode == ConflictMode.SKIP) {
                    expected.putIfAbsent(day.date(), day);
                } else {
                    expected.put(day.date(), day);
                }
                assertThat(diary.day(day.date())).as(context).contains(expected.get(day.date()));
            }
            return new Outcome(true, result.imported());
        } catch (ImportException e) {
            assertThat(e.getMessage()).as(context).startsWith(FILE_NAME);
            assertThat(totalChanges()).as(context + ": refused, so nothing written").isEqualTo(changesBefore);
            return new Outcome(false, 0);
        }
    }

    private long totalChanges() {
        return Long.parseLong(TwoProcessesTest.firstValue(database, "SELECT total_changes()"));
    }

    private static Offered generate(Kind kind, Random random) throws IOException {
        return switch (kind) {
            case RANDOM_BYTES -> new Offered(HostileInput.randomBytes(random, 3000));
            case DAMAGED_GOOD_FILE -> new Offered(HostileInput.mutate(random, goodFile(random, false).bytes()));
            case GOOD_FILE_HOSTILE_NOTES -> goodFile(random, true);
            case BROKEN_UTF8 -> new Offered(brokenUtf8(random));
            case HUGE -> new Offered(huge(random));
            case DEEP_QUOTES -> new Offered(deepQuotes(random));
            case EDGE_VALUES -> new Offered(edgeValues(random));
            case BAD_HEADER -> new Offered(badHeader(random));
        };
    }

    /**
     * A file HeadBack itself would write, a few days on random dates with ordinary or hostile notes, and half the
     * time saved again by a spreadsheet.
     */
    private static Offered goodFile(Random random, boolean hostileNotes) throws IOException {
        var dates = new java.util.TreeSet<LocalDate>();
        int count = 1 + random.nextInt(8);
        while (dates.size() < count) {
            dates.add(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)));
        }
        var days = new ArrayList<DayEntry>();
        for (var date : dates) {
            days.add(randomDay(random, date, hostileNotes ? HostileInput.significantText(random, 300)
                    : "ordinary note " + random.nextInt(1000)));
        }
        var out = new StringWriter();
        DiaryCsv.write(days, out, Progress.NONE);
        return new Offered(SpreadsheetSave.anyDialect(out.toString(), random), days);
    }

    private static DayEntry randomDay(Random random, LocalDate date, String notes) {
        int back = random.nextInt(11);
        int headache = random.nextInt(11);
        var builder = DayEntry.on(date).backPain(back).headache(headache).notes(notes.replace("\u0000", ""));
        if (back > 0 && random.nextBoolean()) {
            builder.backLocations(java.util.Set.of(BackLocation.values()[random.nextInt(3)]));
        }
        if (headache > 0 && random.nextBoolean()) {
            builder.headacheKind(HeadacheKind.values()[random.nextInt(HeadacheKind.values().length)]);
            builder.headacheHours(random.nextInt(97) / 4.0);
        }
        if (random.nextBoolean()) {
            builder.medications(List.of(new Medication(MedicationClass.values()[random.nextInt(6)], "x", "1")));
        }
        if (random.nextBoolean()) {
            builder.sleepHours(random.nextInt(49) / 2.0).stress(random.nextInt(11));
        }
        return builder.build();
    }

    private static byte[] brokenUtf8(Random random) throws IOException {
        var good = goodFile(random, false).bytes();
        int at = random.nextInt(good.length);
        var out = new java.io.ByteArrayOutputStream();
        out.write(good, 0, at);
        out.writeBytes(HostileInput.badUtf8(random));
        out.write(good, at, good.length - at);
        return out.toByteArray();
    }

    private static byte[] huge(Random random) {
        var text = switch (random.nextInt(4)) {
            case 0 -> "date,back_pain,headache,notes\n2026-01-01,1,1," + "x".repeat(1_000_001) + "\n";
            case 1 -> "date,back_pain,headache\n" + "1,".repeat(1_200) + "1\n";
            case 2 -> "date,back_pain,headache,notes\n2026-01-01,1,1,\"" + "line\n".repeat(250_000) + "\"\n";
            default -> "date,back_pain,headache\n" + "\n".repeat(500_000) + "2026-01-02,1,1\n";
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepQuotes(Random random) {
        int depth = 1 + random.nextInt(200_000);
        var text = switch (random.nextInt(4)) {
            case 0 -> "date,back_pain,headache,notes\n2026-01-01,1,1," + "\"".repeat(depth) + "\n";
            case 1 -> "date,back_pain,headache,notes\n2026-01-01,1,1,\"" + "\"\"".repeat(depth) + "\"\n";
            case 2 -> "\"".repeat(depth) + "date,back_pain,headache\n";
            default -> "date,back_pain,headache,notes\n2026-01-01,1,1,\"a\"\"" + "\"".repeat(depth % 7) + "b\"\n";
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] EDGES = {"10", "11", "-1", "-0", "+5", "1e1", "٣", "0x1", " 7 ", "", "NaN",
        "Infinity", "24", "24.0000001", "7,5", "2147483648", "99999999999999999999", "\t3", "6.0", "6,5", "10,00",
        "7.33333333333333", "23.9999999", "-0.0000001", "0." + "3".repeat(5000)};
    private static final String[] DATES = {"2026-02-29", "2024-02-29", "2026-02-30", "0000-01-01", "2026-11-21",
        "2026-11-22", "+10000-01-01", "2026-1-5", "26-01-05", "2026-13-01", " 2026-01-05", "２０２６-０１-０５",
        "20/11/2026", "11/20/2026", "20.11.2026", "2026/11/20", "46346", "2026-11-20 00:00:00"};

    private static byte[] edgeValues(Random random) {
        var columns = new EnumMap<org.headback.diary.DayField, String>(org.headback.diary.DayField.class);
        columns.put(org.headback.diary.DayField.DATE, DATES[random.nextInt(DATES.length)]);
        for (var field : List.of(org.headback.diary.DayField.BACK_PAIN, org.headback.diary.DayField.HEADACHE,
                org.headback.diary.DayField.HEADACHE_HOURS, org.headback.diary.DayField.SLEEP_HOURS,
                org.headback.diary.DayField.STRESS)) {
            columns.put(field, EDGES[random.nextInt(EDGES.length)]);
        }
        var header = String.join(",", columns.keySet().stream().map(org.headback.diary.DayField::column).toList());
        var row = String.join(",", columns.values().stream().map(v -> "\"" + v + "\"").toList());
        return (header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] badHeader(Random random) {
        var headers = new String[] {"", "\uFEFF\uFEFFdate,back_pain,headache", "date,back_pain,headache,date",
            "DATE,Back_Pain,HEADACHE,notes,notes", "date;back_pain;headache", "date,back_pain",
            ",,,,", "date,back_pain,headache," + "x,".repeat(999), "\"date\nback_pain\",headache", "sep=;",
            "sep=;\ndate;back_pain;headache", "sep=\t\ndate,back_pain,headache", "\"sep=,\"\r\ndate,back_pain,headache",
            "date\tback_pain\theadache", "date,back_pain,headache,,,", ",,,\ndate,back_pain,headache"};
        var text = headers[random.nextInt(headers.length)] + "\n2026-01-03,1,1\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
