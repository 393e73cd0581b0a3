package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.headback.cli.Cli;
import org.headback.diary.Diary;
import org.headback.diary.KeptMedicine;
import org.headback.diary.MedicationClass;
import org.headback.diary.PreventiveCourse;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.text.Dates;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.diary.MedicinesViewModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of bad values of the kept medicines and their preventive courses, fed through both doors that change
 * them: the command line's {@code medicines} and the window's Medicines dialog. Each door refuses each value in the
 * same words, the command line with the exit code of its kind (a value that cannot be one is a usage error, one the
 * diary refuses as it is a failure), and nothing saved changes. Values the dialog cannot express (it picks the
 * class from a list and the day from a calendar) are listed as such.
 */
class ValidationDoorsOfMedicinesTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate MARCH = TODAY.minusMonths(8);
    private static final LocalDate JUNE = TODAY.minusMonths(5);
    private static final LocalDate AUGUST = TODAY.minusMonths(3);
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String LONG = "n".repeat(201);

    @TempDir
    Path dataDir;

    /**
     * A bad value: the command line that gives it and its exit code, what the dialog does to give it and the field
     * that says so (none when it cannot give it), and what is said.
     */
    record Bad(String name, List<String> cli, int code, Consumer<MedicinesViewModel> window,
               Function<MedicinesViewModel, String> field, String problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Bad usage(String name, List<String> cli, Consumer<MedicinesViewModel> window,
                             Function<MedicinesViewModel, String> field, String problem) {
        return new Bad(name, cli, Cli.USAGE, window, field, problem);
    }

    private static Bad refused(String name, List<String> cli, Consumer<MedicinesViewModel> window,
                               Function<MedicinesViewModel, String> field, String problem) {
        return new Bad(name, cli, Cli.FAILED, window, field, problem);
    }

    private static Consumer<MedicinesViewModel> adding(String name, String dose) {
        return view -> {
            view.nameProperty().set(name);
            view.doseProperty().set(dose);
            view.add();
        };
    }

    private static Consumer<MedicinesViewModel> onCourse(String medicine, LocalDate day, boolean start) {
        return view -> {
            select(view, medicine);
            view.courseDayProperty().set(day);
            if (start) {
                view.startCourse();
            } else {
                view.stopCourse();
            }
        };
    }

    private static void select(MedicinesViewModel view, String medicine) {
        view.selectedProperty().set(view.lines().stream().filter(line -> line.medicine().name().equals(medicine))
                .findFirst().orElseThrow());
    }

    static Stream<Bad> badValues() {
        Function<MedicinesViewModel, String> name = view -> view.nameErrorProperty().get();
        Function<MedicinesViewModel, String> course = view -> view.courseErrorProperty().get();
        var tomorrow = TODAY.plusDays(1);
        return Stream.of(
                usage("empty name", List.of("add", " ", "--class", "other"), adding(" ", ""), name,
                        "medication: a kept medicine's name is empty"),
                usage("name of 201 characters", List.of("add", LONG, "--class", "other"), adding(LONG, ""), name,
                        "medication: the name is longer than 200 characters"),
                usage("name holding the separator", List.of("add", "a;b", "--class", "other"), adding("a;b", ""),
                        name, "medication: the name “a;b” cannot contain ; or : or a line break"),
                usage("dose of 201 characters", List.of("add", "ibuprofen", "--class", "simple_analgesic", "--dose",
                        LONG), adding("ibuprofen", LONG), view -> view.doseErrorProperty().get(),
                        "medication: the dose is longer than 200 characters"),
                usage("unknown class", List.of("add", "ibuprofen", "--class", "pill"), null, null,
                        "--class: pill is not triptan, ergot, opioid, combination_analgesic, simple_analgesic or "
                                + "other"),
                refused("name taken ignoring case", List.of("add", "PROPRANOLOL", "--class", "other"),
                        adding("PROPRANOLOL", ""), name,
                        "medication: “PROPRANOLOL” is in the list of medicines already"),
                refused("renamed to another's name", List.of("rename", "sumatriptan", "propranolol"), view -> {
                    select(view, "sumatriptan");
                    view.newNameProperty().set("propranolol");
                    view.renameSelected();
                }, view -> view.renameErrorProperty().get(), "medication: “propranolol” is the name of another kept "
                        + "medicine"),
                refused("course of a medicine for attacks", List.of("start", "sumatriptan", "--on", JUNE.toString()),
                        onCourse("sumatriptan", JUNE, true), course, "medication: “sumatriptan” is not a preventive "
                                + "medicine; only a preventive one is taken in courses"),
                refused("course sharing a day with another", List.of("start", "Propranolol", "--on", JUNE.toString()),
                        onCourse("Propranolol", JUNE, true), course, "medication: the course of “Propranolol” from "
                                + JUNE + ", still taken shares days with its course from " + MARCH + " to " + JUNE),
                refused("stop before the start", List.of("stop", "Topiramate", "--on", JUNE.toString()),
                        onCourse("Topiramate", JUNE, false), course, "medication: the stop day " + JUNE
                                + " of Topiramate is before its start day " + AUGUST),
                refused("stop with no course still taken", List.of("stop", "Propranolol", "--on", TODAY.toString()),
                        view -> {
                            select(view, "Propranolol");
                            view.courseDayProperty().set(TODAY);
                            view.stopCourse();
                        }, course, "medication: “Propranolol” has no course still taken"),
                usage("start after the latest day", List.of("start", "Propranolol", "--on", tomorrow.toString()),
                        onCourse("Propranolol", tomorrow, true), course, "medication: the start day " + tomorrow
                                + " is after the diary's latest day, " + TODAY),
                usage("day that is not a date", List.of("start", "Propranolol", "--on", "2026-13-01"), null, null,
                        "--on: 2026-13-01 is not a date in the form yyyy-MM-dd"));
    }

    private Diary open(Database database) {
        var clock = Clock.systemDefaultZone();
        return new Diary(new SqliteDiaryStore(database, clock), clock);
    }

    /** Two preventive medicines, one with a course ended and one with a course still taken, and one for attacks. */
    private void keepMedicines() {
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            diary.addMedicine(new KeptMedicine("Propranolol", MedicationClass.OTHER, "40 mg", true, false));
            diary.addMedicine(new KeptMedicine("Topiramate", MedicationClass.OTHER, "25 mg", true, false));
            diary.addMedicine(new KeptMedicine("sumatriptan", MedicationClass.TRIPTAN, "50 mg", false, false));
            diary.addCourse(new PreventiveCourse("Propranolol", MARCH, Optional.of(JUNE)));
            diary.addCourse(new PreventiveCourse("Topiramate", AUGUST, Optional.empty()));
        }
    }

    private List<Object> saved() {
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            var all = new ArrayList<Object>(diary.medicines());
            all.addAll(diary.courses());
            return all;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void commandLine_refusesTheValue_inWords_withTheExitCodeOfItsKind_andSavesNothing(Bad bad) {
        keepMedicines();
        var before = saved();
        var err = new StringWriter();
        var args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "medicines"));
        args.addAll(bad.cli());

        int code = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(err), dir -> { })
                .run(args.toArray(String[]::new));

        assertThat(code).as(err.toString()).isEqualTo(bad.code());
        assertThat(err.toString().lines().findFirst()).contains("headback: " + bad.problem());
        assertThat(saved()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void window_refusesTheValue_besideItsField_inTheSameWords_andSavesNothing(Bad bad) {
        keepMedicines();
        var before = saved();
        if (bad.window() == null) {
            assertThat(bad.problem()).as("only an option's value the dialog picks from a list or a calendar")
                    .matches("--(class|on): .*");
            return;
        }
        try (var database = Database.open(dataDir)) {
            var view = new MedicinesViewModel(open(database), new DirectTaskRunner(), () -> { });
            view.load();

            bad.window().accept(view);

            assertThat(bad.field().apply(view)).isEqualTo(asTheWindowWritesDays(bad.problem()
                    .substring("medication: ".length())));
        }
        assertThat(saved()).isEqualTo(before);
    }

    private static String asTheWindowWritesDays(String problem) {
        return ISO_DAY.matcher(problem).replaceAll(day -> Dates.ofUser().shown(LocalDate.parse(day.group())));
    }
}
