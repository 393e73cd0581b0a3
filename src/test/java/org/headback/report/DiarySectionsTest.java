package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headback.diary.Attack;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.KeptMedicine;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.headback.diary.PreventiveCourse;
import org.headback.diary.Relief;
import org.headback.output.Outputs;
import org.headback.stats.Thresholds;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.testing.TestDays;
import org.headback.text.Dates;
import org.headback.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's attacks, preventive medicines and factors, read back from the PDF of a small hand-made diary. */
class DiarySectionsTest {
    private static final DateRange AUG_SEP = new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30));
    private static final LocalDate MADE = LocalDate.of(2026, 10, 1);
    private static final List<String> OLD_SECTIONS = List.of("summary", "warning signs", "co-occurrence", "counters",
            "charts", "worst days");

    @TempDir
    Path folder;

    private static Attack lasting(int minutes) {
        return Attack.ofPeak(6).duration(Duration.ofMinutes(minutes)).build();
    }

    private static Medication takenFor(int attack, Relief relief) {
        return new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg").withDetails(null, attack, relief);
    }

    private static DayEntry.Builder on(int month, int day) {
        return DayEntry.on(LocalDate.of(2026, month, day));
    }

    /**
     * August: 4 attacks (1 h, 2 h, 4 h and one of unknown length), 2 of 3 reliefs helped; September: one attack of
     * 30 minutes, one relief. Coffee is known from 20 July, before the range; the long drive from 12 August.
     */
    private static List<DayEntry> diary() {
        return List.of(
                on(7, 20).factors(Set.of("coffee")).build(),
                on(8, 3).attacks(List.of(lasting(60), lasting(120))).medications(List.of(takenFor(1, Relief.A_LOT),
                        takenFor(2, Relief.NOT_AT_ALL))).factors(Set.of("coffee")).build(),
                on(8, 10).attacks(List.of(lasting(240))).medications(List.of(takenFor(1, Relief.PAIN_GONE)))
                        .factors(Set.of("coffee")).build(),
                on(8, 12).attacks(List.of(Attack.ofPeak(3).build())).factors(Set.of("Long drive")).build(),
                on(8, 20).headache(5).build(),
                on(8, 21).backPain(4).build(),
                on(9, 5).attacks(List.of(lasting(30))).medications(List.of(takenFor(1, Relief.A_LITTLE)))
                        .factors(Set.of("Long drive", "coffee")).build());
    }

    private static List<PreventiveCourse> courses() {
        return List.of(new PreventiveCourse("amitriptyline", LocalDate.of(2026, 1, 1),
                        Optional.of(LocalDate.of(2026, 3, 31))),
                new PreventiveCourse("topiramate", LocalDate.of(2026, 8, 15), Optional.of(LocalDate.of(2026, 9, 10))),
                new PreventiveCourse("propranolol", LocalDate.of(2026, 6, 1), Optional.empty()));
    }

    private static ReportData report() {
        return ReportData.of(AUG_SEP, diary(), Thresholds.DEFAULT, MADE).withCourses(courses());
    }

    private String text(ReportData data) throws IOException {
        var file = folder.resolve("report.pdf");
        DoctorReports.write(Outputs.open(folder), data, ReportFormat.PDF, file, Progress.NONE,
                new ReportFonts(FallbackFonts.none()));
        try (var document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String shown(int year, int month, int day) {
        return Dates.ofUser().shown(LocalDate.of(year, month, day));
    }

    @Test
    void attacksPerMonth_giveCount_medianDuration_andReliefOutOfThoseRecorded_withTooFewSaidSo() throws IOException {
        var text = text(report());
        assertThat(text).contains("Attacks per month", "August 2026 at least 4 2 h 2 of 3 ",
                "September 2026 at least 1 too few (1 known) too few (1 recorded) ");
    }

    @Test
    void headacheDaysWithoutAttacks_areSaidInOneLine_notCountedAsAttacks() throws IOException {
        assertThat(text(report())).contains("1 headache day of the range is recorded without attacks (recorded the "
                + "old way, as one headache a day); it is not counted as attacks.");
    }

    @Test
    void preventiveMedicines_listTheCoursesOverlappingTheRange_withTheirDates() throws IOException {
        var text = text(report());
        assertThat(text).contains("Preventive medicines", "propranolol " + shown(2026, 6, 1) + " still taken",
                "topiramate " + shown(2026, 8, 15) + " " + shown(2026, 9, 10)).doesNotContain("amitriptyline");
    }

    @Test
    void factors_countTheDaysTheyWereKnownOn_fromTheirFirstTickEver_mostTickedFirst() throws IOException {
        var text = text(report());
        assertThat(text).containsSubsequence("Factors ticked most often",
                "coffee ticked on 3 of the 6 days it was known " + shown(2026, 7, 20),
                "Long drive ticked on 2 of the 4 days it was known " + shown(2026, 8, 12));
    }

    @Test
    void factors_listAtMostFive_thoseTickedOnTheMostDays() {
        var days = new ArrayList<DayEntry>();
        for (int i = 1; i <= 7; i++) {
            var names = new HashSet<String>();
            for (int f = 1; f <= i; f++) {
                names.add("factor " + f);
            }
            days.add(on(8, i).factors(names).build());
        }
        var data = ReportData.of(AUG_SEP, days, Thresholds.DEFAULT, MADE);
        var rows = DiarySections.factors(data).orElseThrow().blocks().stream()
                .filter(PageBlock.Table.class::isInstance).map(PageBlock.Table.class::cast).findFirst().orElseThrow()
                .rows();
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("factor 1", "factor 2", "factor 3",
                "factor 4", "factor 5");
        assertThat(rows.get(0).get(1)).isEqualTo("ticked on 7 of the 7 days it was known");
        assertThat(rows.get(4).get(1)).isEqualTo("ticked on 3 of the 3 days it was known");
    }

    @Test
    void aDiaryWithoutAttacksFactorsOrCourses_hasExactlyTheOldSections_andNoNewHeading() throws IOException {
        var quarter = new DateRange(TestDays.QUARTER_FIRST, TestDays.QUARTER_LAST);
        var data = ReportData.of(quarter, TestDays.quarter(), Thresholds.DEFAULT, TestDays.QUARTER_LAST.plusDays(1))
                .withCourses(List.of(courses().get(0)));
        assertThat(ReportContent.sections(data)).extracting(Section::name).isEqualTo(OLD_SECTIONS);
        assertThat(text(data)).doesNotContain("Attacks per month", "Preventive medicines", "Factors ticked most often",
                "without attacks");
    }

    @Test
    void readFromTheDiary_takesItsCourses_andKnowsAFactorFromItsFirstTickBeforeTheRange() {
        var clock = Clock.fixed(MADE.atTime(9, 0).atZone(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        try (var database = Database.open(folder.resolve("data"))) {
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            diary.addMedicine(new KeptMedicine("propranolol", MedicationClass.OTHER, "40 mg", true, false));
            diary.addCourse(new PreventiveCourse("propranolol", LocalDate.of(2026, 6, 1), Optional.empty()));
            diary().forEach(diary::save);
            var data = ReportData.read(diary, AUG_SEP, Thresholds.DEFAULT);
            assertThat(DiarySections.preventives(data)).isPresent();
            var rows = DiarySections.factors(data).orElseThrow().blocks().stream()
                    .filter(PageBlock.Table.class::isInstance).map(PageBlock.Table.class::cast).findFirst()
                    .orElseThrow().rows();
            assertThat(rows.get(0)).containsExactly("coffee", "ticked on 3 of the 6 days it was known",
                    shown(2026, 7, 20));
        }
    }

    @Test
    void theNewSections_comeAfterTheMonthByMonthPart() {
        assertThat(ReportContent.sections(report())).extracting(Section::name).containsExactly("summary", "attacks",
                "warning signs", "preventive medicines", "factors", "co-occurrence", "counters", "charts",
                "worst days");
    }

    @Test
    void theReportsCharts_shadeTheCoursesThatShareADayWithTheRange() {
        var taken = new PreventiveCourse("propranolol", LocalDate.of(2026, 6, 1), Optional.of(LocalDate.of(2026, 8,
                20)));
        var before = new PreventiveCourse("topiramate", LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 2,
                1)));

        var charts = ReportContent.sections(report().withCourses(List.of(before, taken))).stream()
                .filter(section -> section.name().equals("charts")).flatMap(section -> section.blocks().stream())
                .filter(PageBlock.Chart.class::isInstance).map(PageBlock.Chart.class::cast).toList();

        assertThat(charts).isNotEmpty().allSatisfy(chart -> assertThat(chart.input().courses())
                .containsExactly(taken));
    }
}
