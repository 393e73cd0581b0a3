package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.headback.diary.DayEntry;
import org.headback.diary.WarningSigns;
import org.junit.jupiter.api.Test;

/** Which days the report calls the worst, and how it shows them. */
class WorstDaysTest {
    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    private static DayEntry day(int offset, int back, int headache) {
        return DayEntry.on(DAY.plusDays(offset)).backPain(back).headache(headache).build();
    }

    @Test
    void pick_ordersByTheSumOfBothPains_thenTheWorseSinglePain_thenTheLaterDay() {
        var a = day(0, 5, 5);
        var b = day(1, 8, 2);
        var c = day(2, 5, 5);
        var d = day(3, 9, 4);
        assertThat(WorstDays.pick(List.of(a, b, c, d), 10)).containsExactly(d, b, c, a);
    }

    @Test
    void pick_neverListsDaysWithoutPain_andStopsAtTheLimit() {
        var days = List.of(day(0, 0, 0), day(1, 1, 0), day(2, 0, 2), day(3, 3, 3));
        assertThat(WorstDays.pick(days, 2)).containsExactly(days.get(3), days.get(2));
        assertThat(WorstDays.pick(List.of(day(0, 0, 0)), 10)).isEmpty();
    }

    @Test
    void notes_longerThanTheLimit_areCutAtAWord_withAnEllipsis() {
        var note = "pain ".repeat(200);
        var shown = WorstDays.notes(DayEntry.on(DAY).backPain(3).notes(note).build());
        assertThat(shown).endsWith("pain … (shortened)");
        assertThat(shown.length()).isLessThanOrEqualTo(WorstDays.MAX_NOTE + " … (shortened)".length());
        assertThat(WorstDays.notes(DayEntry.on(DAY).notes("  short  ").build())).isEqualTo("short");
    }

    @Test
    void details_sayOnlyWhatWasRecorded() {
        assertThat(WorstDays.details(day(0, 3, 0))).isEmpty();
        assertThat(WorstDays.details(DayEntry.on(DAY).backPain(2).sleepHours(7.5).stress(3).build()))
                .isEqualTo("Sleep 7.5 h. Stress 3.");
        assertThat(WorstDays.details(DayEntry.on(DAY).backPain(8).warningSigns(Set.of("weight_loss")).build()))
                .isEqualTo("Warning signs: " + WarningSigns.catalogue().find("weight_loss").orElseThrow().label()
                        + ".");
    }

    @Test
    void details_keepTheCapitalsOfANameInsideTheSentence() {
        var day = DayEntry.on(DAY).headache(5).medications(List.of(new org.headback.diary.Medication(
                org.headback.diary.MedicationClass.SIMPLE_ANALGESIC, "ibuprofen", "400 mg"))).build();
        assertThat(WorstDays.details(day)).contains("Medication: simple analgesic / NSAID (ibuprofen 400 mg)")
                .doesNotContain("nsaid");
    }
}
