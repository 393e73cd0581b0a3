package org.headback.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.headback.diary.BackLocation;
import org.headback.diary.DayEntry;
import org.headback.diary.HeadacheKind;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;

/** Days for the report's tests: a quarter of a year with pain in runs, some notes, and a few days not recorded. */
final class ReportDays {
    static final LocalDate LAST = LocalDate.of(2026, 10, 30);
    static final LocalDate FIRST = LAST.minusDays(89);
    static final String WORST_NOTE = "Long drive to the coast, bad chair, could not sleep";
    static final String FEVER = "fever_chills";
    static final String WIDE_NOTE = "Schmerz – Übelkeit ≥ 7, α-Blocker? 头痛 😀 ok";

    private ReportDays() {
    }

    /** 90 days with every seventh day not recorded (78 recorded days). */
    static List<DayEntry> quarter() {
        var days = new ArrayList<DayEntry>();
        for (int i = 0; i < 90; i++) {
            if (i % 7 == 3) {
                continue;
            }
            var date = FIRST.plusDays(i);
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
}
