package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.headback.cli.Cli;
import org.headback.diary.BackLocation;
import org.headback.diary.DayEntry;
import org.headback.diary.DayField;
import org.headback.diary.DayForm;
import org.headback.diary.DayText;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.diary.HeadacheKind;
import org.headback.diary.InvalidValueException;
import org.headback.diary.MedicationClass;
import org.headback.diary.WarningSigns;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.text.Dates;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.diary.DayEditorViewModel;
import org.headback.ui.diary.DiaryViewModel;
import org.headback.ui.diary.MedicationRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table of bad values, fed through every door into the diary: the window's day editor, {@code diary add} on the
 * command line, and a CSV import. Each door refuses each value, names the same field with the same words, and saves
 * nothing. Values that a door cannot even express (the window picks the kind, places, medication class and warning
 * signs from fixed choices, and its days from a calendar of real days up to today) are listed as such.
 */
class ValidationDoorsTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final String YESTERDAY = TODAY.minusDays(1).toString();
    private static final String LONG_NAME = "n".repeat(201);
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Rows of the table, each in a field of its own, that the window can type all together. */
    private static final List<String> SEVERAL_AT_ONCE = List.of("back pain 11", "headache hours 25",
            "sleep hours 'lots'", "stress 11", "medicine name too long");

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    /**
     * A bad value: the fields as given (on top of a good day: yesterday, back pain 3, headache 3), the field that
     * must be named, and what must be said about it.
     */
    record Bad(String name, Map<DayField, String> values, DayField field, String problem, boolean windowCanTypeIt) {
        @Override
        public String toString() {
            return name;
        }

        String message() {
            return field.column() + ": " + problem;
        }
    }

    static Bad bad(String name, DayField field, String value, String problem) {
        return bad(name, Map.of(field, value), field, problem, true);
    }

    static Bad bad(String name, Map<DayField, String> values, DayField field, String problem,
                   boolean windowCanTypeIt) {
        var all = new EnumMap<DayField, String>(DayField.class);
        all.put(DayField.DATE, YESTERDAY);
        all.put(DayField.BACK_PAIN, "3");
        all.put(DayField.HEADACHE, "3");
        all.putAll(values);
        return new Bad(name, all, field, problem, windowCanTypeIt);
    }

    static Stream<Arguments> badValues() {
        var tomorrow = TODAY.plusDays(1).toString();
        return Stream.of(
                bad("back pain 11", DayField.BACK_PAIN, "11", "11 is not between 0 and 10"),
                bad("back pain -1", DayField.BACK_PAIN, "-1", "-1 is not between 0 and 10"),
                bad("back pain 4.5", DayField.BACK_PAIN, "4.5", "“4.5” is not a whole number from 0 to 10"),
                bad("back pain missing", DayField.BACK_PAIN, "", "is missing (a whole number from 0 to 10)"),
                bad("headache 11", DayField.HEADACHE, "11", "11 is not between 0 and 10"),
                bad("headache missing", DayField.HEADACHE, "", "is missing (a whole number from 0 to 10)"),
                bad("headache hours 25", DayField.HEADACHE_HOURS, "25", "25 is not between 0 and 24"),
                bad("headache hours 'two'", DayField.HEADACHE_HOURS, "two",
                        "“two” is not a number of hours from 0 to 24"),
                bad("sleep hours 25", DayField.SLEEP_HOURS, "25", "25 is not between 0 and 24"),
                bad("sleep hours -1", DayField.SLEEP_HOURS, "-1", "-1 is not between 0 and 24"),
                bad("sleep hours 'lots'", DayField.SLEEP_HOURS, "lots", "“lots” is not a number of hours from 0 to 24"),
                bad("stress 11", DayField.STRESS, "11", "11 is not between 0 and 10"),
                bad("stress 'high'", DayField.STRESS, "high", "“high” is not a whole number from 0 to 10"),
                bad("notes too long", DayField.NOTES, "x".repeat(100_001),
                        "the notes are longer than 100,000 characters"),
                bad("medicine name too long", Map.of(DayField.MEDICATION, "other:" + LONG_NAME), DayField.MEDICATION,
                        "the name is longer than 200 characters", true),
                bad("medicine dose too long", Map.of(DayField.MEDICATION, "other:ibuprofen:" + LONG_NAME),
                        DayField.MEDICATION, "the dose is longer than 200 characters", true),
                bad("place without back pain", Map.of(DayField.BACK_PAIN, "0", DayField.BACK_PAIN_LOCATION,
                        "lower_back"), DayField.BACK_PAIN_LOCATION, "a place is given, but back_pain is 0", true),
                bad("kind without a headache", Map.of(DayField.HEADACHE, "0", DayField.HEADACHE_KIND, "migraine"),
                        DayField.HEADACHE_KIND, "a kind is given, but headache is 0", true),
                bad("hours without a headache", Map.of(DayField.HEADACHE, "0", DayField.HEADACHE_HOURS, "2"),
                        DayField.HEADACHE_HOURS, "hours are given, but headache is 0", true),
                bad("date 2026-02-30", Map.of(DayField.DATE, "2026-02-30"), DayField.DATE, "2026-02-30 is not a date",
                        false),
                bad("date tomorrow", Map.of(DayField.DATE, tomorrow), DayField.DATE, tomorrow + " is in the future",
                        false),
                bad("date 1899-12-31", Map.of(DayField.DATE, "1899-12-31"), DayField.DATE,
                        "1899-12-31 is before 1900-01-01, the earliest day a diary takes", false),
                bad("date 0000-01-01", Map.of(DayField.DATE, "0000-01-01"), DayField.DATE,
                        "0000-01-01 is before 1900-01-01, the earliest day a diary takes", false),
                bad("unknown kind", Map.of(DayField.HEADACHE_KIND, "cluster"), DayField.HEADACHE_KIND,
                        "“cluster” is not migraine, tension_type, cervicogenic, other or not_sure", false),
                bad("unknown place", Map.of(DayField.BACK_PAIN_LOCATION, "knee"), DayField.BACK_PAIN_LOCATION,
                        "“knee” is not lower_back, upper_back or neck", false),
                bad("unknown medicine class", Map.of(DayField.MEDICATION, "aspirin"), DayField.MEDICATION,
                        "“aspirin” is not triptan, ergot, opioid, combination_analgesic, simple_analgesic or other",
                        false),
                bad("unknown warning sign", Map.of(DayField.WARNING_SIGNS, "tuesdays"), DayField.WARNING_SIGNS,
                        "“tuesdays” is not " + WarningSigns.catalogue().allowed(), false)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.headback.reliability.ValidationDoorsOfAttacks#newBadValues")
    void form_refusesTheNewValue_namingThatFieldAlone_inTheSameWords(Bad bad) {
        form_refusesTheValue_namingThatFieldAlone_inTheSameWords(bad);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.headback.reliability.ValidationDoorsOfAttacks#newBadValuesOfTheOtherDoors")
    void diaryAddAndCsvImport_refuseTheNewValue_namingTheSameField_andSaveNothing(Bad bad) throws Exception {
        diaryAdd_refusesTheValue_namingTheSameField_andSavesNothing(bad);
        csvImport_refusesTheFile_namingTheLineAndTheSameField_andSavesNothing(bad);
    }

    @Test
    void theNewTable_coversAttacksFactorsAndWhatAMedicationWasTakenFor() {
        assertThat(ValidationDoorsOfAttacks.newBadValues().map(arguments -> ((Bad) arguments.get()[0]).field())
                .distinct()).containsExactlyInAnyOrder(DayField.ATTACKS, DayField.FACTORS, DayField.MEDICATION,
                DayField.HEADACHE);
        assertThat(ValidationDoorsOfAttacks.newBadValuesOfTheOtherDoors())
                .hasSameSizeAs(ValidationDoorsOfAttacks.newBadValues().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void window_refusesTheValue_onTheSameField_andSavesNothing(Bad bad) {
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, java.time.Clock.systemDefaultZone()),
                    java.time.Clock.systemDefaultZone());
            var view = new DiaryViewModel(diary, new DirectTaskRunner());
            view.start();
            if (!bad.windowCanTypeIt()) {
                assertWindowCannotTakeIt(bad, view);
                return;
            }
            view.select(LocalDate.parse(bad.values().get(DayField.DATE)));
            var editor = view.editor();
            type(editor, bad.values());
            editor.commit();

            assertThat(editor.errorProperty(bad.field()).get()).isEqualTo(bad.problem());
            assertThat(editor.saveStateProperty().get()).isEqualTo("Not saved: a value is not valid");
            assertThat(diary.count()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void form_refusesTheValue_namingThatFieldAlone_inTheSameWords(Bad bad) {
        var reading = DayForm.read(bad.values(), TODAY);

        assertThat(reading.problems()).containsExactly(Map.entry(bad.field(), bad.problem()));
        assertThatThrownBy(reading::orThrow).isInstanceOf(InvalidValueException.class).hasMessage(bad.message());
    }

    /**
     * Bad values in several fields at once: the window marks each field with its own problem, while the command line
     * and a CSV import, which say one problem, say the form's first.
     */
    @Test
    void severalBadValues_theWindowMarksEachField_theOtherDoorsSayTheFormsFirst() throws Exception {
        var rows = badValues().map(arguments -> (Bad) arguments.get()[0])
                .filter(bad -> SEVERAL_AT_ONCE.contains(bad.name())).toList();
        var values = new EnumMap<DayField, String>(rows.get(0).values());
        rows.forEach(bad -> values.put(bad.field(), bad.values().get(bad.field())));
        var first = rows.get(0).message();
        try (var database = Database.open(dataDir)) {
            var clock = java.time.Clock.systemDefaultZone();
            var view = new DiaryViewModel(new Diary(new SqliteDiaryStore(database, clock), clock),
                    new DirectTaskRunner());
            view.start();
            view.select(LocalDate.parse(YESTERDAY));
            type(view.editor(), values);
            view.editor().commit();
            for (var bad : rows) {
                assertThat(view.editor().errorProperty(bad.field()).get()).as(bad.name()).isEqualTo(bad.problem());
            }
        }
        assertThat(DayForm.read(values, TODAY).problems()).hasSize(rows.size());

        var add = cli(diaryAdd(values));
        assertThat(add.err().lines().findFirst()).contains("headback: " + first);
        assertThat(cli("diary", "import", csvFile(values).toString()).err().strip())
                .isEqualTo("headback: days.csv, line 2, " + first);
        assertThat(storedDays()).isZero();
    }

    /** The problem as the window says it: its days written as the window writes days, not as they were typed. */
    private static String asTheWindowWritesDays(String problem) {
        return ISO_DAY.matcher(problem).replaceAll(day ->
                Matcher.quoteReplacement(Dates.ofUser().shown(LocalDate.parse(day.group()))));
    }

    /** The window offers no way to give such a value: only real days up to today, and fixed choices. */
    private static void assertWindowCannotTakeIt(Bad bad, DiaryViewModel view) {
        switch (bad.field()) {
            case DATE -> {
                var date = DayText.calendarDate(bad.values().get(DayField.DATE));
                if (date.isPresent()) {
                    view.select(date.get());
                    assertThat(view.selectedProperty().get()).isEqualTo(TODAY);
                    assertThat(view.messageProperty().get()).startsWith(asTheWindowWritesDays(bad.problem()));
                }
                view.select(DayEntry.EARLIEST);
                view.previousMonth();
                assertThat(view.monthProperty().get()).as("the calendar goes no further back")
                        .isEqualTo(YearMonth.from(DayEntry.EARLIEST));
            }
            case HEADACHE_KIND -> assertThat(HeadacheKind.values()).extracting(HeadacheKind::code)
                    .doesNotContain(bad.values().get(DayField.HEADACHE_KIND));
            case BACK_PAIN_LOCATION -> assertThat(BackLocation.values()).extracting(BackLocation::code)
                    .doesNotContain(bad.values().get(DayField.BACK_PAIN_LOCATION));
            case MEDICATION -> assertThat(MedicationClass.values()).extracting(MedicationClass::code)
                    .doesNotContain(bad.values().get(DayField.MEDICATION));
            case WARNING_SIGNS -> assertThat(WarningSigns.catalogue().find(bad.values().get(DayField.WARNING_SIGNS)))
                    .isEmpty();
            default -> throw new AssertionError("the window can type " + bad.field());
        }
    }

    private static void type(DayEditorViewModel editor, Map<DayField, String> values) {
        editor.backPainProperty().set(values.get(DayField.BACK_PAIN));
        editor.headacheProperty().set(values.get(DayField.HEADACHE));
        editor.headacheHoursProperty().set(values.getOrDefault(DayField.HEADACHE_HOURS, ""));
        editor.sleepHoursProperty().set(values.getOrDefault(DayField.SLEEP_HOURS, ""));
        editor.stressProperty().set(values.getOrDefault(DayField.STRESS, ""));
        editor.notesProperty().set(values.getOrDefault(DayField.NOTES, ""));
        if (values.containsKey(DayField.HEADACHE_KIND)) {
            editor.kindProperty().set(HeadacheKind.valueOf(values.get(DayField.HEADACHE_KIND).toUpperCase()));
        }
        if (values.containsKey(DayField.BACK_PAIN_LOCATION)) {
            editor.locations().add(BackLocation.valueOf(values.get(DayField.BACK_PAIN_LOCATION).toUpperCase()));
        }
        if (values.containsKey(DayField.MEDICATION)) {
            var parts = values.get(DayField.MEDICATION).split(":");
            editor.medications().add(new MedicationRow(MedicationClass.valueOf(parts[0].toUpperCase()), parts[1],
                    parts.length > 2 ? parts[2] : ""));
        }
    }

    private record Run(int code, String err) {
    }

    private Run cli(String... args) {
        var err = new StringWriter();
        var all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(err), dir -> { })
                .run(all.toArray(String[]::new));
        return new Run(code, err.toString());
    }

    private int storedDays() {
        try (var database = Database.open(dataDir)) {
            return new SqliteDiaryStore(database, java.time.Clock.systemDefaultZone()).count();
        }
    }

    /** {@code diary add} with the values, each as its option; factors each as a {@code --factor} of its own. */
    private static String[] diaryAdd(Map<DayField, String> values) {
        var args = new ArrayList<>(List.of("diary", "add", values.get(DayField.DATE)));
        values.forEach((field, value) -> {
            switch (field) {
                case DATE -> { }
                case FACTORS -> List.of(value.split(";")).forEach(name -> args.addAll(List.of("--factor", name)));
                case WARNING_SIGNS -> args.addAll(List.of("--warning-sign", value));
                case ATTACKS -> args.addAll(List.of("--attack", value));
                default -> args.addAll(List.of("--" + field.column().replace('_', '-'), value));
            }
        });
        return args.toArray(String[]::new);
    }

    /** days.csv: a header naming the values' fields and one row of them. */
    private Path csvFile(Map<DayField, String> values) throws IOException {
        var header = new ArrayList<String>();
        var row = new ArrayList<String>();
        values.forEach((field, value) -> {
            header.add(field.column());
            row.add("\"" + value.replace("\"", "\"\"") + "\"");
        });
        return Files.writeString(files.resolve("days.csv"), String.join(",", header) + "\n"
                + String.join(",", row) + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void diaryAdd_refusesTheValue_namingTheSameField_andSavesNothing(Bad bad) {
        var run = cli(diaryAdd(bad.values()));

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.USAGE);
        assertThat(run.err().lines().findFirst()).contains("headback: " + bad.message());
        assertThat(storedDays()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void csvImport_refusesTheFile_namingTheLineAndTheSameField_andSavesNothing(Bad bad) throws Exception {
        var run = cli("diary", "import", csvFile(bad.values()).toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.FAILED);
        assertThat(run.err().strip()).isEqualTo("headback: days.csv, line 2, " + bad.message());
        assertThat(storedDays()).isZero();
    }

    @Test
    void numbersAsSpreadsheetsWriteThem_areReadTheSameThroughEveryDoor(@TempDir Path windowDir) throws Exception {
        var values = new EnumMap<DayField, String>(Map.of(DayField.DATE, YESTERDAY, DayField.BACK_PAIN, "6.0",
                DayField.HEADACHE, "4,00", DayField.HEADACHE_HOURS, "1,66666666666667", DayField.SLEEP_HOURS,
                "7.33333333333333", DayField.STRESS, "5,0"));
        var expected = DayEntry.on(TODAY.minusDays(1)).backPain(6).headache(4).headacheHours(1.666667)
                .sleepHours(7.333333).stress(5).build();
        try (var database = Database.open(windowDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, java.time.Clock.systemDefaultZone()),
                    java.time.Clock.systemDefaultZone());
            var view = new DiaryViewModel(diary, new DirectTaskRunner());
            view.start();
            view.select(TODAY.minusDays(1));
            type(view.editor(), values);
            view.editor().commit();
            assertThat(diary.all()).as("the window").containsExactly(expected);
        }

        assertThat(cli("diary", "add", YESTERDAY, "--back-pain", "6.0", "--headache", "4,00", "--headache-hours",
                "1,66666666666667", "--sleep-hours", "7.33333333333333", "--stress", "5,0").code()).isEqualTo(Cli.OK);
        assertThat(storedDaysAsTheyAre()).as("diary add").containsExactly(expected);

        var file = Files.writeString(files.resolve("days.csv"), String.join(";", values.keySet().stream()
                .map(DayField::column).toList()) + "\n" + String.join(";", values.values()) + "\n");
        assertThat(cli("diary", "import", file.toString(), "--on-conflict", "replace").code()).isEqualTo(Cli.OK);
        assertThat(storedDaysAsTheyAre()).as("diary import").containsExactly(expected);
    }

    private List<DayEntry> storedDaysAsTheyAre() {
        try (var database = Database.open(dataDir)) {
            var clock = java.time.Clock.systemDefaultZone();
            return new Diary(new SqliteDiaryStore(database, clock), clock).all();
        }
    }

    @Test
    void theTables_coverEveryFieldOfADay() {
        assertThat(Stream.concat(badValues(), ValidationDoorsOfAttacks.newBadValues())
                .map(arguments -> ((Bad) arguments.get()[0]).field()).distinct())
                .containsExactlyInAnyOrderElementsOf(DiaryCsv.COLUMNS);
    }
}
