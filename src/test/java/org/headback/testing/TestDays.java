package org.headback.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.headback.diary.Attack;
import org.headback.diary.AttackCost;
import org.headback.diary.Aura;
import org.headback.diary.BackLocation;
import org.headback.diary.DayEntry;
import org.headback.diary.HeadacheKind;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.headback.diary.Relief;
import org.headback.diary.Symptom;
import org.headback.diary.WarningSign;
import org.headback.diary.WarningSigns;
import org.headback.stats.DayPoint;

/**
 * The one place that makes test days, in the shapes the tests need: each shape says what it holds, so that a test
 * knows what every figure made from it must be.
 */
public final class TestDays {
    /** The first day of a {@link #table}. */
    public static final LocalDate TABLE_START = LocalDate.of(2026, 1, 1);
    /** The last day of the {@link #quarter}. */
    public static final LocalDate QUARTER_LAST = LocalDate.of(2026, 10, 30);
    /**
     * Pieces that notes and medicine names are drawn from: what a spreadsheet runs as a formula, quotes, separators,
     * line breaks, spaces at the ends and many scripts.
     */
    private static final List<String> AWKWARD = List.of("=SUM(A1)", "'=x", "+1", "-2", "@me", "\"quoted\"", ",", "é",
            "头痛", "😀", " ", "  ends  ", "Ünïcödé", "0.5", "tab\t", "a", "Long drive");
    /** Factor names as users write them, none the same as another ignoring case. */
    private static final List<String> FACTORS = List.of("coffee", "Long drive", "période", "poor posture at work",
            "头痛 trigger", "=SUM(A1)", "a|b", "back\\slash", "x".repeat(60));
    /** What an attack's note may hold beside the awkward pieces: the attacks' own separators and escape. */
    private static final List<String> ATTACK_NOTE_PIECES = List.of("", "a | b", "semi;colon", "back\\slash\\",
            "\\|", ";;|;", "end\\");
    /** The first day of the {@link #quarter}. */
    public static final LocalDate QUARTER_FIRST = QUARTER_LAST.minusDays(89);
    /** The note of the quarter's worst day. */
    public static final String WORST_NOTE = "Long drive to the coast, bad chair, could not sleep";
    /** A warning sign ticked on one day of the quarter. */
    public static final String FEVER = "fever_chills";
    /** A note of the quarter in many scripts. */
    public static final String WIDE_NOTE = "Schmerz – Übelkeit ≥ 7, α-Blocker? 头痛 😀 ok";
    /**
     * Day 0 of the {@link #numbered} days: the earliest day a diary takes, so that a test saving days without pause
     * has the most room before it reaches today (a day after today is refused). That is over 46,000 days, about four
     * times what the crash test saves in a run.
     */
    public static final LocalDate NUMBERED_FIRST = DayEntry.EARLIEST;
    /** The day, counted back from the last, that {@link #sixtyDaysCsv(LocalDate, String)} makes the worst. */
    public static final int WORST_DAY_AGO = 10;

    private TestDays() {
    }

    /** The statistics' day {@code index} days after {@link #TABLE_START}. */
    public static DayPoint point(int index, int backPain, int headache) {
        return new DayPoint(TABLE_START.plusDays(index), backPain, headache);
    }

    /**
     * Consecutive days from {@link #TABLE_START} that make the given table with the default thresholds (severity 3
     * for a pain day, 0 for none), in a shuffled order of cells when {@code seed} is not null, else a, b, c, d in
     * turn.
     */
    public static List<DayPoint> table(int a, int b, int c, int d, Long seed) {
        List<int[]> cells = new ArrayList<>();
        addCells(cells, a, 3, 3);
        addCells(cells, b, 3, 0);
        addCells(cells, c, 0, 3);
        addCells(cells, d, 0, 0);
        if (seed != null) {
            Collections.shuffle(cells, new Random(seed));
        }
        List<DayPoint> days = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            days.add(point(i, cells.get(i)[0], cells.get(i)[1]));
        }
        return days;
    }

    public static List<DayPoint> table(int a, int b, int c, int d) {
        return table(a, b, c, d, null);
    }

    private static void addCells(List<int[]> cells, int count, int backPain, int headache) {
        for (int i = 0; i < count; i++) {
            cells.add(new int[] {backPain, headache});
        }
    }

    /**
     * The report's quarter: 90 days from {@link #QUARTER_FIRST} with pain in runs, some notes, and every seventh day
     * not recorded (78 recorded days).
     */
    public static List<DayEntry> quarter() {
        var days = new ArrayList<DayEntry>();
        for (int i = 0; i < 90; i++) {
            if (i % 7 == 3) {
                continue;
            }
            var date = QUARTER_FIRST.plusDays(i);
            boolean run = (i / 5) % 2 == 0;
            int back = run ? 3 + i % 4 : (i % 3 == 0 ? 2 : 0);
            int headache = run && i % 2 == 0 ? 4 + i % 3 : (i % 11 == 0 ? 3 : 0);
            var day = DayEntry.on(date).backPain(back).headache(headache);
            if (date.getMonthValue() == 9 && headache > 0) {
                day.medications(List.of(new Medication(MedicationClass.TRIPTAN, "", "")));
            }
            if (i == 46) {
                day.warningSigns(Set.of(FEVER, "weight_loss"));
            }
            if (i == 40) {
                day.backPain(9).headache(8).headacheKind(HeadacheKind.MIGRAINE).headacheHours(6)
                        .backLocations(Set.of(BackLocation.LOWER_BACK, BackLocation.NECK))
                        .medications(List.of(new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg")))
                        .sleepHours(4.5).stress(8).notes(WORST_NOTE);
            } else if (i == 60) {
                day.backPain(8).headache(8).notes(WIDE_NOTE);
            } else if (i == 70) {
                day.backPain(8).headache(7).notes("word ".repeat(300));
            }
            days.add(day.build());
        }
        return days;
    }

    /** The date of {@link #numbered} day {@code index}. */
    public static LocalDate numberedDate(int index) {
        return NUMBERED_FIRST.plusDays(index);
    }

    /**
     * Day number {@code index}, told apart by its number alone: every value, and how many medications it has,
     * follows from the number.
     */
    public static DayEntry numbered(int index) {
        var builder = DayEntry.on(numberedDate(index)).backPain(index % 11).headache((index / 11) % 11)
                .sleepHours(4 + index % 9).stress(index % 7).notes("day " + index + ", " + "note ".repeat(index % 40));
        if (index % 11 > 0) {
            builder.backLocations(Set.of(BackLocation.values()[index % BackLocation.values().length]));
        }
        if ((index / 11) % 11 > 0) {
            builder.headacheKind(HeadacheKind.values()[index % HeadacheKind.values().length]);
        }
        var medications = new ArrayList<Medication>();
        for (int m = 0; m < index % 4; m++) {
            medications.add(new Medication(MedicationClass.values()[m], "medicine " + index, m + "0 mg"));
        }
        return builder.medications(List.copyOf(medications)).build();
    }

    /**
     * Sixty days ending {@code today}, as a CSV file's text: a third without back pain, headaches on most back-pain
     * days and on some others, so that every figure of the charts, the statistics and the report has data.
     */
    public static String sixtyDaysCsv(LocalDate today) {
        return sixtyDaysCsv(today, "");
    }

    /** The same days, but the one {@link #WORST_DAY_AGO} days back has back pain 9 and this note (unless empty). */
    public static String sixtyDaysCsv(LocalDate today, String note) {
        return csvDays(today, 60, WORST_DAY_AGO, note);
    }

    /**
     * The same pattern over {@code count} days ending on {@code last}; the day {@code worstAgo} days before
     * {@code last} has back pain 9 and this note (unless it is empty).
     */
    public static String csvDays(LocalDate last, int count, int worstAgo, String note) {
        var csv = new StringBuilder("date,back_pain,headache,notes\n");
        for (int i = count - 1; i >= 0; i--) {
            boolean worst = i == worstAgo && !note.isEmpty();
            int back = worst ? 9 : (i % 3 == 0 ? 0 : 5);
            int headache = i % 3 == 0 ? (i % 2) * 3 : (i % 4 == 0 ? 0 : 6);
            csv.append(last.minusDays(i)).append(',').append(back).append(',').append(headache).append(',')
                    .append(worst ? '"' + note.replace("\"", "\"\"") + '"' : "").append('\n');
        }
        return csv.toString();
    }

    /**
     * {@code count} days ending {@code last}: back pain 5 but on every third day, a headache of 4 on every other
     * day, whatever the back pain.
     */
    public static List<DayEntry> alternating(LocalDate last, int count) {
        var days = new ArrayList<DayEntry>();
        for (int i = 0; i < count; i++) {
            days.add(DayEntry.on(last.minusDays(i)).backPain(i % 3 == 0 ? 0 : 5).headache(i % 2 * 4).build());
        }
        return days;
    }

    /** 90 days ending {@code last}: the last 30 with back pain and headache together, the 60 before mostly back. */
    public static List<DayEntry> togetherLately(LocalDate last) {
        var days = new ArrayList<DayEntry>();
        for (int i = 0; i < 90; i++) {
            boolean recent = i < 30;
            days.add(DayEntry.on(last.minusDays(i)).backPain(i % 3 == 0 ? 0 : 5)
                    .headache(recent && i % 3 != 0 ? 6 : (i % 5 == 0 ? 4 : 0)).build());
        }
        return days;
    }

    /** 60 days ending {@code last}: back pain and headache together on most back-pain days. */
    public static List<DayEntry> mostlyTogether(LocalDate last) {
        var days = new ArrayList<DayEntry>();
        for (int i = 0; i < 60; i++) {
            boolean pain = i % 3 != 0;
            days.add(DayEntry.on(last.minusDays(i)).backPain(pain ? 5 : 0)
                    .headache(pain && i % 4 != 0 ? 6 : (i % 5 == 0 ? 3 : 0)).build());
        }
        return days;
    }

    /**
     * A day on {@code date} with every field drawn by {@code random}, over all that the doors take: each severity,
     * places and kind only with pain, hours whole, halved or to six decimals (what the doors keep), up to three
     * medicines with awkward names and doses, notes with line breaks and formula signs, any warning signs.
     */
    public static DayEntry random(Random random, LocalDate date) {
        var day = DayEntry.on(date).backPain(random.nextInt(11)).headache(random.nextInt(11));
        if (day.build().hasBackPain()) {
            day.backLocations(someOf(random, List.of(BackLocation.values())));
        }
        if (day.build().hasHeadache() && random.nextBoolean()) {
            day.headacheKind(HeadacheKind.values()[random.nextInt(HeadacheKind.values().length)]);
        }
        if (random.nextBoolean()) {
            day.headacheHours(day.build().hasHeadache() ? randomHours(random) : 0);
        }
        var medications = new ArrayList<Medication>();
        for (int m = random.nextInt(4); m > 0; m--) {
            medications.add(new Medication(MedicationClass.values()[random.nextInt(MedicationClass.values().length)],
                    awkward(random, 3), awkward(random, 2)));
        }
        day.medications(medications);
        if (random.nextBoolean()) {
            day.sleepHours(randomHours(random));
        }
        if (random.nextBoolean()) {
            day.stress(random.nextInt(11));
        }
        var lines = random.nextBoolean() ? "\n" : "\r\n";
        return day.notes(awkward(random, 6).replace("a", "a" + lines)).warningSigns(someOf(random,
                WarningSigns.catalogue().all()).stream().map(WarningSign::code).collect(Collectors.toSet())).build();
    }

    /**
     * A {@link #random} day with what issue 14 added, all drawn by {@code random}: up to three attacks (any start, a
     * duration from a minute to 72 hours or none, any peak, kind, aura, companions, costs, and notes with bars,
     * backslashes and semicolons), each medication perhaps taken at a time, for one of the attacks, with a relief,
     * and up to three of a few factors with awkward names. Its headache, kind and hours are the attacks' when it has
     * any.
     */
    public static DayEntry randomWithAttacks(Random random, LocalDate date) {
        var day = random(random, date).toBuilder();
        var attacks = new ArrayList<Attack>();
        for (int a = random.nextInt(4); a > 0; a--) {
            attacks.add(randomAttack(random));
        }
        var medications = new ArrayList<Medication>();
        for (var medication : day.build().medications()) {
            medications.add(random.nextBoolean() ? medication : medication.withDetails(
                    random.nextBoolean() ? LocalTime.of(random.nextInt(24), random.nextInt(60)) : null,
                    !attacks.isEmpty() && random.nextBoolean() ? 1 + random.nextInt(attacks.size()) : null,
                    random.nextBoolean() ? Relief.values()[random.nextInt(Relief.values().length)] : null));
        }
        return day.attacks(attacks).medications(medications).factors(someOf(random, FACTORS)).build();
    }

    private static Attack randomAttack(Random random) {
        var attack = Attack.ofPeak(random.nextInt(11)).with(someOf(random, List.of(Symptom.values())))
                .cost(someOf(random, List.of(AttackCost.values()))).note(awkward(random, 3) + ATTACK_NOTE_PIECES.get(
                        random.nextInt(ATTACK_NOTE_PIECES.size())));
        if (random.nextBoolean()) {
            attack.start(LocalTime.of(random.nextInt(24), random.nextInt(60)));
        }
        if (random.nextBoolean()) {
            attack.duration(Duration.ofMinutes(1 + random.nextInt((int) Attack.LONGEST.toMinutes())));
        }
        if (random.nextBoolean()) {
            attack.kind(HeadacheKind.values()[random.nextInt(HeadacheKind.values().length)]);
        }
        if (random.nextBoolean()) {
            attack.aura(Aura.values()[random.nextInt(Aura.values().length)]);
        }
        return attack.build();
    }

    private static double randomHours(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(25);
            case 1 -> random.nextInt(49) / 2.0;
            default -> random.nextInt(24_000_001) / 1_000_000.0;
        };
    }

    private static String awkward(Random random, int most) {
        var text = new StringBuilder();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            text.append(AWKWARD.get(random.nextInt(AWKWARD.size())));
        }
        return text.toString();
    }

    private static <T> Set<T> someOf(Random random, List<T> all) {
        return all.stream().filter(item -> random.nextInt(4) == 0).collect(Collectors.toSet());
    }
}
