package org.headback.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.headback.diary.DayEntry;
import org.headback.diary.HeadacheKind;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The counters on made-up months, at and around every line. */
class ClinicalCountersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    /** Every day of the month recorded; the first {@code count} of them changed by {@code change}. */
    private static List<DayEntry> month(YearMonth month, int count, UnaryOperator<DayEntry.Builder> change) {
        return IntStream.rangeClosed(1, month.lengthOfMonth()).mapToObj(day -> {
            var builder = DayEntry.on(month.atDay(day));
            return (day <= count ? change.apply(builder) : builder).build();
        }).toList();
    }

    private static DayEntry.Builder headache(DayEntry.Builder day) {
        return day.headache(4);
    }

    private static UnaryOperator<DayEntry.Builder> taking(MedicationClass... classes) {
        return day -> day.medications(java.util.Arrays.stream(classes).map(c -> new Medication(c, "", "")).toList());
    }

    private static MonthCount january(List<DayEntry> days) {
        return ClinicalCounters.of(days, TODAY).month(JANUARY).orElseThrow();
    }

    @ParameterizedTest(name = "{0} headache days")
    @CsvSource({"14, false", "15, true", "16, true"})
    void headacheDays_reachTheChronicLineAt15(int days, boolean atLine) {
        var count = january(month(JANUARY, days, ClinicalCountersTest::headache));
        assertThat(count.headacheDays()).isEqualTo(days);
        assertThat(count.recordedDays()).isEqualTo(31);
        assertThat(count.atHeadacheLine()).isEqualTo(atLine);
        assertThat(count.read(count.headacheDays())).isEqualTo(Integer.toString(days));
    }

    @ParameterizedTest(name = "{0} migraine days of {1} headache days")
    @CsvSource({"7, 15, false", "8, 15, true", "8, 14, false", "9, 20, true"})
    void migraineDays_needEightAmong15HeadacheDays(int migraine, int headache, boolean atLine) {
        var days = month(JANUARY, headache, day -> day.headache(6).headacheKind(HeadacheKind.TENSION_TYPE));
        var changed = new ArrayList<>(days);
        for (int i = 0; i < migraine; i++) {
            changed.set(i, days.get(i).toBuilder().headacheKind(HeadacheKind.MIGRAINE).build());
        }
        var count = january(changed);
        assertThat(count.migraineDays()).isEqualTo(migraine);
        assertThat(count.atMigraineLine()).isEqualTo(atLine);
    }

    @ParameterizedTest(name = "{0} triptan days")
    @CsvSource({"9, false", "10, true", "11, true"})
    void triptanDays_reachTheOveruseLineAt10(int days, boolean atLine) {
        var count = january(month(JANUARY, days, taking(MedicationClass.TRIPTAN)));
        assertThat(count.daysWith(MedicationClass.TRIPTAN)).isEqualTo(days);
        assertThat(count.overuseLines().contains(OveruseLine.TRIPTAN)).isEqualTo(atLine);
        assertThat(count.overuseLines()).doesNotContain(OveruseLine.SEVERAL_CLASSES);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ERGOT", "OPIOID", "COMBINATION_ANALGESIC"})
    void ergotOpioidAndCombinationDays_reachTheirLineAt10(MedicationClass medicationClass) {
        var line = OveruseLine.valueOf(medicationClass.name());
        assertThat(january(month(JANUARY, 9, taking(medicationClass))).overuseLines()).isEmpty();
        assertThat(january(month(JANUARY, 10, taking(medicationClass))).overuseLines()).containsExactly(line);
    }

    @ParameterizedTest(name = "{0} simple analgesic days")
    @CsvSource({"14, false", "15, true"})
    void simpleAnalgesicDays_reachTheirLineAt15_andAloneAreNotSeveralClasses(int days, boolean atLine) {
        var count = january(month(JANUARY, days, taking(MedicationClass.SIMPLE_ANALGESIC)));
        assertThat(count.overuseLines()).isEqualTo(atLine ? java.util.Set.of(OveruseLine.SIMPLE_ANALGESIC)
                : java.util.Set.of());
    }

    @Test
    void severalClasses_on10DaysWithoutAnyOneAtItsLine_reachTheCombinedLine() {
        var days = new ArrayList<>(month(JANUARY, 5, taking(MedicationClass.TRIPTAN)));
        for (int i = 5; i < 10; i++) {
            days.set(i, days.get(i).toBuilder().medications(List.of(
                    new Medication(MedicationClass.SIMPLE_ANALGESIC, "ibuprofen", "400 mg"))).build());
        }
        var ten = january(days);
        assertThat(ten.acuteMedicationDays()).isEqualTo(10);
        assertThat(ten.overuseLines()).containsExactly(OveruseLine.SEVERAL_CLASSES);
        assertThat(ten.days(OveruseLine.SEVERAL_CLASSES)).isEqualTo(10);

        days.set(9, DayEntry.on(JANUARY.atDay(10)).build());
        assertThat(january(days).overuseLines()).isEmpty();
    }

    @Test
    void severalClasses_isNotNoted_whenOneClassReachesItsOwnLine() {
        var days = new ArrayList<>(month(JANUARY, 10, taking(MedicationClass.TRIPTAN)));
        days.set(20, days.get(20).toBuilder().medications(List.of(
                new Medication(MedicationClass.OPIOID, "", ""))).build());
        assertThat(january(days).overuseLines()).containsExactly(OveruseLine.TRIPTAN);
    }

    @Test
    void twoDosesOfOneClassOnADay_areOneDay() {
        var count = january(month(JANUARY, 10, taking(MedicationClass.TRIPTAN, MedicationClass.TRIPTAN)));
        assertThat(count.daysWith(MedicationClass.TRIPTAN)).isEqualTo(10);
        assertThat(january(month(JANUARY, 5, taking(MedicationClass.TRIPTAN, MedicationClass.TRIPTAN)))
                .overuseLines()).isEmpty();
        var both = january(month(JANUARY, 6, taking(MedicationClass.TRIPTAN, MedicationClass.SIMPLE_ANALGESIC)));
        assertThat(both.acuteMedicationDays()).isEqualTo(6);
        assertThat(both.overuseLines()).isEmpty();
    }

    @Test
    void otherMedication_countsForNoLine() {
        var count = january(month(JANUARY, 31, taking(MedicationClass.OTHER)));
        assertThat(count.daysWith(MedicationClass.OTHER)).isEqualTo(31);
        assertThat(count.acuteMedicationDays()).isZero();
        assertThat(count.overuseLines()).isEmpty();
        var withOne = new ArrayList<>(month(JANUARY, 12, taking(MedicationClass.OTHER)));
        withOne.set(0, withOne.get(0).toBuilder().medications(List.of(
                new Medication(MedicationClass.TRIPTAN, "", ""))).build());
        assertThat(january(withOne).overuseLines()).isEmpty();
    }

    @Test
    void lastDayOfJanuary_andFirstOfFebruary_countInTheirOwnMonths() {
        var days = new ArrayList<DayEntry>();
        IntStream.rangeClosed(18, 31).forEach(d -> days.add(DayEntry.on(JANUARY.atDay(d)).headache(3).build()));
        days.add(DayEntry.on(LocalDate.of(2026, 2, 1)).headache(3).build());
        var counters = ClinicalCounters.of(days, TODAY);

        var january = counters.month(JANUARY).orElseThrow();
        var february = counters.month(YearMonth.of(2026, 2)).orElseThrow();
        assertThat(january.headacheDays()).isEqualTo(14);
        assertThat(january.atHeadacheLine()).isFalse();
        assertThat(february.headacheDays()).isEqualTo(1);
        assertThat(february.possibleDays()).isEqualTo(28);
    }

    @Test
    void leapFebruary_has29Days_andThe29thCounts() {
        var february = YearMonth.of(2028, 2);
        var count = ClinicalCounters.of(month(february, 29, ClinicalCountersTest::headache), LocalDate.of(2028, 3, 1))
                .month(february).orElseThrow();
        assertThat(count.possibleDays()).isEqualTo(29);
        assertThat(count.recordedDays()).isEqualTo(29);
        assertThat(count.complete()).isTrue();
        assertThat(count.headacheDays()).isEqualTo(29);
        assertThat(count.recordedText()).isEqualTo("all 29 days recorded");
    }

    private static List<DayEntry> atHeadacheLine(YearMonth... months) {
        var days = new ArrayList<DayEntry>();
        for (var month : months) {
            days.addAll(month(month, 15, ClinicalCountersTest::headache));
        }
        return days;
    }

    @Test
    void threeMonthsInARow_isNoRun_fourAre() {
        var three = ClinicalCounters.of(atHeadacheLine(YearMonth.of(2025, 11), YearMonth.of(2025, 12), JANUARY),
                TODAY);
        assertThat(three.headacheRun()).isEmpty();
        assertThat(three.notes()).noneMatch(note -> note.contains("in a row"));

        var four = ClinicalCounters.of(atHeadacheLine(YearMonth.of(2025, 10), YearMonth.of(2025, 11),
                YearMonth.of(2025, 12), JANUARY), TODAY);
        assertThat(four.headacheRun()).contains(new MonthRun(YearMonth.of(2025, 10), JANUARY));
        assertThat(four.headacheRun().orElseThrow().months()).isEqualTo(4);
        assertThat(four.notes()).contains("15 or more headache days a month in each of 4 months in a row "
                + "(October 2025 to January 2026). ICHD-3 speaks of chronic headache when this goes on for more "
                + "than 3 months; talk to your doctor about it.");
    }

    @Test
    void aMonthNotRecorded_orUnderTheLine_breaksTheRun() {
        var gap = ClinicalCounters.of(atHeadacheLine(YearMonth.of(2025, 9), YearMonth.of(2025, 10),
                YearMonth.of(2025, 12), JANUARY, YearMonth.of(2026, 2)), TODAY);
        assertThat(gap.month(YearMonth.of(2025, 11)).orElseThrow().recorded()).isFalse();
        assertThat(gap.headacheRun()).isEmpty();

        var days = new ArrayList<>(atHeadacheLine(YearMonth.of(2025, 9), YearMonth.of(2025, 10),
                YearMonth.of(2025, 12), JANUARY, YearMonth.of(2026, 2)));
        days.addAll(month(YearMonth.of(2025, 11), 14, ClinicalCountersTest::headache));
        assertThat(ClinicalCounters.of(days, TODAY).headacheRun()).isEmpty();
        var fifteenth = LocalDate.of(2025, 11, 15);
        days.replaceAll(day -> day.date().equals(fifteenth) ? day.toBuilder().headache(2).build() : day);
        assertThat(ClinicalCounters.of(days, TODAY).headacheRun())
                .contains(new MonthRun(YearMonth.of(2025, 9), YearMonth.of(2026, 2)));
    }

    @Test
    void overuse_fourMonthsInARow_acrossTheYearsEnd_isARun() {
        var days = new ArrayList<DayEntry>();
        for (var month : List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), JANUARY, YearMonth.of(2026, 2))) {
            days.addAll(month(month, 10, taking(MedicationClass.TRIPTAN)));
        }
        var counters = ClinicalCounters.of(days, TODAY);
        assertThat(counters.overuseRun()).contains(new MonthRun(YearMonth.of(2025, 11), YearMonth.of(2026, 2)));
        assertThat(counters.notes()).anyMatch(note -> note.startsWith("Acute medication at or over an overuse line "
                + "in each of 4 months in a row (November 2025 to February 2026)."));
        assertThat(counters.notes()).contains("Triptans on 10 or more days in 4 of the 12 months counted (the latest "
                + "February 2026). ICHD-3 uses 10 days a month as the line for medication overuse with triptans; "
                + "talk to your doctor about it.");
    }

    @Test
    void partlyRecordedMonth_showsAFloor_neverAnEstimate() {
        var days = new ArrayList<DayEntry>();
        for (int d = 1; d <= 18; d++) {
            days.add(DayEntry.on(JANUARY.atDay(d)).headache(d <= 12 ? 5 : 0).build());
        }
        var counters = ClinicalCounters.of(days, TODAY);
        var count = counters.month(JANUARY).orElseThrow();
        assertThat(count.complete()).isFalse();
        assertThat(count.read(count.headacheDays())).isEqualTo("at least 12");
        assertThat(count.recordedText()).isEqualTo("18 of 31 days recorded");
        assertThat(count.atHeadacheLine()).isFalse();
        assertThat(counters.notes()).anyMatch(note -> note.startsWith("Months not fully recorded show at least"));

        var december = counters.month(YearMonth.of(2025, 12)).orElseThrow();
        assertThat(december.recorded()).isFalse();
        assertThat(december.read(december.headacheDays())).isEqualTo("not recorded");
        assertThat(december.recordedText()).isEqualTo("not recorded");
    }

    @Test
    void thisMonth_countsOnlyTheDaysUpToToday() {
        var march = YearMonth.from(TODAY);
        var days = IntStream.rangeClosed(1, 15).mapToObj(d -> DayEntry.on(march.atDay(d)).headache(2).build())
                .toList();
        var count = ClinicalCounters.of(days, TODAY).month(march).orElseThrow();
        assertThat(count.possibleDays()).isEqualTo(15);
        assertThat(count.complete()).isTrue();
        assertThat(count.atHeadacheLine()).isTrue();
    }

    @Test
    void lastThirtyDays_areTodayAndThe29DaysBefore() {
        var days = new ArrayList<DayEntry>();
        days.add(DayEntry.on(TODAY.minusDays(30)).headache(5).build());
        for (int i = 0; i < 15; i++) {
            days.add(DayEntry.on(TODAY.minusDays(29 - i)).headache(5).build());
        }
        var recent = ClinicalCounters.of(days, TODAY).lastThirtyDays();
        assertThat(recent.from()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(recent.length()).isEqualTo(30);
        assertThat(recent.headacheDays()).isEqualTo(15);
        assertThat(recent.recordedDays()).isEqualTo(15);
        assertThat(recent.atHeadacheLine()).isTrue();
        assertThat(recent.sentence()).isEqualTo("Last 30 days: at least 15 headache days (15 of 30 days recorded).");
        assertThat(RecentDays.of(List.of(), TODAY).sentence()).isEqualTo("Last 30 days: not recorded.");
        assertThat(RecentDays.of(List.of(DayEntry.on(TODAY).build()), TODAY).sentence())
                .isEqualTo("Last 30 days: no headache day (1 of 30 days recorded).");
    }

    @Test
    void notes_nameTheLineAndSayToTalkToADoctor_onlyWhenALineIsReached() {
        var below = ClinicalCounters.of(month(JANUARY, 14, ClinicalCountersTest::headache), TODAY);
        assertThat(below.notes()).isEmpty();

        var at = ClinicalCounters.of(month(JANUARY, 15, ClinicalCountersTest::headache), TODAY);
        assertThat(at.notes()).containsExactly("15 or more headache days in January 2026. 15 or more headache days "
                + "a month is the line ICHD-3 uses for chronic headache; talk to your doctor about it.");
    }

    @Test
    void noRecords_sayThereIsNothingToCount_andEveryMonthIsNotRecorded() {
        var counters = ClinicalCounters.of(List.of(), TODAY);
        assertThat(counters.months()).hasSize(12);
        assertThat(counters.months().get(0).month()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(counters.months().get(11).month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(counters.months()).noneMatch(MonthCount::recorded);
        assertThat(counters.notes()).containsExactly(
                "No days are recorded in these months, so there is nothing to count yet.");
    }

    @Test
    void range_leavesOutMonthsAfterToday_andDaysOutsideIt() {
        var days = new ArrayList<>(month(YearMonth.of(2025, 12), 15, ClinicalCountersTest::headache));
        days.addAll(month(JANUARY, 15, ClinicalCountersTest::headache));
        var counters = ClinicalCounters.of(days, TODAY, JANUARY, YearMonth.of(2026, 6));
        assertThat(counters.months()).extracting(MonthCount::month)
                .containsExactly(JANUARY, YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(counters.notes().get(0)).startsWith("15 or more headache days in January 2026.");
    }
}
