package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.headback.clinic.MonthCount;
import org.headback.clinic.RecentDays;
import org.headback.diary.DayEntry;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.headback.ui.diary.CountersViewModel.Cell;
import org.junit.jupiter.api.Test;

/** What the counters' tables and header show for a month or the last 30 days. */
class CountersViewModelTest {
    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    private static MonthCount june(int recorded, int headache, Map<MedicationClass, Integer> medication) {
        return new MonthCount(JUNE, 30, recorded, headache, 0, medication,
                medication.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    @Test
    void countAtALine_carriesTheSignAndIsMarked() {
        var month = june(30, 15, Map.of(MedicationClass.TRIPTAN, 10, MedicationClass.SIMPLE_ANALGESIC, 14));
        assertThat(CountersViewModel.headache(month)).isEqualTo(new Cell("15 ⚑", true));
        assertThat(CountersViewModel.migraine(month)).isEqualTo(new Cell("0", false));
        assertThat(CountersViewModel.medication(month, MedicationClass.TRIPTAN)).isEqualTo(new Cell("10 ⚑", true));
        assertThat(CountersViewModel.medication(month, MedicationClass.SIMPLE_ANALGESIC))
                .isEqualTo(new Cell("14", false));
        assertThat(CountersViewModel.allAcute(month).atLine()).isFalse();
        assertThat(CountersViewModel.recorded(month).text()).isEqualTo("30/30");
        assertThat(CountersViewModel.month(month).text()).isEqualTo("Jun 2026");
    }

    @Test
    void partlyRecordedMonth_showsAFloor_andAMonthNotRecordedADash() {
        var partly = june(18, 12, Map.of());
        assertThat(CountersViewModel.headache(partly)).isEqualTo(new Cell("≥12", false));
        assertThat(CountersViewModel.migraine(partly)).as("no migraine day is 0, not \"≥0\"")
                .isEqualTo(new Cell("0", false));
        assertThat(CountersViewModel.recorded(partly).text()).isEqualTo("18/30");
        var none = june(0, 0, Map.of());
        assertThat(CountersViewModel.headache(none)).isEqualTo(new Cell("–", false));
        assertThat(CountersViewModel.recorded(none).text()).isEqualTo("none");
    }

    @Test
    void severalClassesTogether_markTheAllAcuteColumn() {
        var days = new ArrayList<DayEntry>();
        IntStream.rangeClosed(1, 30).forEach(d -> {
            var medicationClass = d <= 5 ? MedicationClass.TRIPTAN : MedicationClass.SIMPLE_ANALGESIC;
            var medications = d <= 10 ? List.of(new Medication(medicationClass, "", "")) : List.<Medication>of();
            days.add(DayEntry.on(JUNE.atDay(d)).medications(medications).build());
        });
        var month = MonthCount.of(JUNE, 30, days);
        assertThat(CountersViewModel.allAcute(month)).isEqualTo(new Cell("10 ⚑", true));
        assertThat(CountersViewModel.medication(month, MedicationClass.TRIPTAN)).isEqualTo(new Cell("5", false));
    }

    @Test
    void shortText_forTheDiarysHeader() {
        var today = LocalDate.of(2026, 6, 30);
        assertThat(CountersViewModel.shortText(new RecentDays(today.minusDays(29), today, 30, 16, 0)))
                .isEqualTo("30 days: 16 headache days ⚑");
        assertThat(CountersViewModel.shortText(new RecentDays(today.minusDays(29), today, 20, 1, 0)))
                .isEqualTo("30 days: at least 1 headache day");
        assertThat(CountersViewModel.shortText(new RecentDays(today.minusDays(29), today, 0, 0, 0)))
                .isEqualTo("30 days: not recorded");
        assertThat(CountersViewModel.shortText(new RecentDays(today.minusDays(29), today, 3, 0, 0)))
                .isEqualTo("30 days: no headache recorded");
    }
}
