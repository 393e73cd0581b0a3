package org.headback.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.headback.chart.BeforeAfterInput;
import org.headback.chart.ChartColours;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.KeptMedicine;
import org.headback.diary.MedicationClass;
import org.headback.diary.PreventiveCourse;
import org.headback.output.Outputs;
import org.headback.stats.Thresholds;
import org.headback.text.Dates;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.MessageLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Before / after view: the ranges it offers for a preventive course, the ranges it refuses, what it shows. */
class BeforeAfterViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate START = TODAY.minusDays(29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("UTC")).toInstant(),
            ZoneId.of("UTC"));

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private Database database;
    private Diary diary;
    private BeforeAfterViewModel view;
    private final List<BeforeAfterInput.Ranges> told = new ArrayList<>();

    /** 60 days: a headache every day of the 30 before propranolol started, on every fifth day of the 30 since. */
    @BeforeEach
    void openTheDiary() {
        database = Database.open(dataDir);
        diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        for (int i = 0; i < 60; i++) {
            var day = TODAY.minusDays(59 - i);
            boolean headache = day.isBefore(START) || i % 5 == 0;
            diary.save(DayEntry.on(day).backPain(i % 2 == 0 ? 3 : 0).headache(headache ? 6 : 0).build());
        }
        view = new BeforeAfterViewModel(diary, Outputs.open(dataDir), Thresholds.DEFAULT, ChartColours.LIGHT,
                new MessageLine(), new DirectTaskRunner(), told::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void takePropranolol() {
        diary.addMedicine(new KeptMedicine("propranolol", MedicationClass.OTHER, "40 mg", true, false));
        diary.addCourse(new PreventiveCourse("propranolol", START, Optional.empty()));
    }

    @Test
    void presets_areTheCoursesDaysUpToTheLatestDayOrItsStop_andAsManyDaysJustBeforeItsStart() {
        var stopped = new PreventiveCourse("topiramate", LocalDate.of(2026, 3, 1),
                Optional.of(LocalDate.of(2026, 3, 10)));
        var open = new PreventiveCourse("propranolol", START, Optional.empty());

        var offered = BeforeAfterViewModel.presets(List.of(stopped, open), TODAY);

        assertThat(offered).extracting(BeforeAfterViewModel.Preset::before).containsExactly(
                new DateRange(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 28)),
                new DateRange(START.minusDays(30), START.minusDays(1)));
        assertThat(offered).extracting(BeforeAfterViewModel.Preset::after).containsExactly(
                new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)), new DateRange(START, TODAY));
        assertThat(offered.get(1).label()).isEqualTo("Before and after propranolol started ("
                + Dates.ofUser().shown(START) + ")");
        assertThat(offered.get(1).chose()).isEqualTo("Before: " + new DateRange(START.minusDays(30),
                START.minusDays(1)).describe() + " (30 days); after: " + new DateRange(START, TODAY).describe()
                + " (30 days).");
    }

    @Test
    void aCourseStartedOnTheLatestDay_offersOneDayAfter_andOneDayBefore_inTheSingular() {
        var offered = BeforeAfterViewModel.presets(List.of(new PreventiveCourse("propranolol", TODAY,
                Optional.empty())), TODAY);

        assertThat(offered.get(0).chose()).isEqualTo("Before: " + new DateRange(TODAY.minusDays(1),
                TODAY.minusDays(1)).describe() + " (1 day); after: " + new DateRange(TODAY, TODAY).describe()
                + " (1 day).");
    }

    @Test
    void aCourse_isOfferedAndChosen_andItsChangeShown() {
        takePropranolol();

        view.loadPresets();

        assertThat(view.presets()).hasSize(1);
        assertThat(view.presetProperty().get()).isEqualTo(view.presets().get(0));
        assertThat(view.chosenProperty().get()).startsWith("Before: ");
        assertThat(view.problemProperty().get()).isEmpty();
        var shown = view.shownProperty().get();
        assertThat(shown).isNotNull();
        assertThat(shown.input().before()).isEqualTo(new DateRange(START.minusDays(30), START.minusDays(1)));
        assertThat(shown.input().comparison().beforeDays()).isEqualTo(30);
        assertThat(view.linesProperty().get()).startsWith("Headache days: 30.0 per 30 recorded days before, 6.0 "
                + "after; change −24.0 (95 % CI ");
        assertThat(told).containsExactly(shown.input().ranges());
    }

    @Test
    void withoutACourse_theViewSaysSo_andOffersNothing() {
        view.loadPresets();

        assertThat(view.presets()).isEmpty();
        assertThat(view.chosenProperty().get()).isEqualTo("No preventive course is recorded: choose the two ranges.");
        assertThat(view.shownProperty().get()).isNull();
    }

    @Test
    void overlappingRanges_areRefusedInWords_andNothingIsShown() {
        choose(TODAY.minusDays(59), TODAY.minusDays(20), TODAY.minusDays(29), TODAY);

        assertThat(view.problemProperty().get()).isEqualTo("The ranges overlap: before "
                + new DateRange(TODAY.minusDays(59), TODAY.minusDays(20)).describe() + " and after "
                + new DateRange(TODAY.minusDays(29), TODAY).describe() + " share days; choose two ranges that do not.");
        assertThat(view.shownProperty().get()).isNull();
        assertThat(view.linesProperty().get()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void aReversedRange_isRefusedByTheOneRangeCheck_namingItsEnds() {
        choose(TODAY.minusDays(30), TODAY.minusDays(59), TODAY.minusDays(29), TODAY);

        assertThat(view.problemProperty().get()).isEqualTo("The range is reversed: the last day before "
                + Dates.ofUser().shown(TODAY.minusDays(59)) + " is before the first day before "
                + Dates.ofUser().shown(TODAY.minusDays(30)) + ".");
        assertThat(view.shownProperty().get()).isNull();
    }

    @Test
    void aRangeInTheFuture_isRefused() {
        choose(TODAY.minusDays(59), TODAY.minusDays(30), TODAY.plusDays(1), TODAY.plusDays(30));

        assertThat(view.problemProperty().get()).isEqualTo("The range starts after today (the first day after "
                + Dates.ofUser().shown(TODAY.plusDays(1)) + "): no day can be recorded in the future.");
    }

    @Test
    void tooFewRecordedDays_sayWhy_insteadOfFigures() {
        choose(TODAY.minusDays(59), TODAY.minusDays(50), TODAY.minusDays(29), TODAY);

        assertThat(view.shownProperty().get().input().comparison().enoughData()).isFalse();
        assertThat(view.linesProperty().get()).startsWith(view.shownProperty().get().input().comparison().reason()
                .orElseThrow());
    }

    @Test
    void export_writesThePngOfTheChartInView() throws Exception {
        takePropranolol();
        view.loadPresets();

        view.export(files.resolve("before-after"), 1200, 800);

        var written = files.resolve("before-after.png");
        assertThat(ImageIO.read(written.toFile()).getWidth()).isEqualTo(1200);
        assertThat(view.messageProperty().get()).isEqualTo("Saved the chart as " + written + " (1200×800).");
    }

    private void choose(LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo) {
        view.beforeFromProperty().set(beforeFrom);
        view.beforeToProperty().set(beforeTo);
        view.afterFromProperty().set(afterFrom);
        view.afterToProperty().set(afterTo);
    }
}
