package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Factor;
import org.headback.diary.FactorEffect;
import org.headback.stats.FactorFigures;
import org.headback.stats.FactorSettings;
import org.junit.jupiter.api.Test;

/** The diary's days as the factor analysis reads them: the known-from rule decides on which days a factor counts. */
class DiaryFactorsTest {
    private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 1);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    /** February and March recorded every day; coffee first ticked on 3 March, then every third day. */
    private static List<DayEntry> days() {
        var days = new ArrayList<DayEntry>();
        for (var day = FEBRUARY; day.isBefore(LocalDate.of(2026, 4, 1)); day = day.plusDays(1)) {
            boolean coffee = !day.isBefore(MARCH) && day.getDayOfMonth() % 3 == 0;
            days.add(DayEntry.on(day).backPain(1).headache(day.getDayOfMonth() % 2 == 0 ? 5 : 0)
                    .factors(coffee ? Set.of("coffee") : Set.of()).build());
        }
        return days;
    }

    @Test
    void aFactorFirstTickedInMarch_isUnknownInFebruary_notAbsent() {
        var range = new DateRange(FEBRUARY, LocalDate.of(2026, 3, 31));

        var report = DiaryFactors.analyse(range, days(), List.of(Factor.own("coffee")), FactorSettings.DEFAULT);

        var coffee = coffee(report.sameDay());
        assertThat(coffee.knownDays()).isEqualTo(29);
        assertThat(coffee.both() + coffee.factorOnly()).isEqualTo(10);
        assertThat(report.recordedDays()).isEqualTo(59);
        assertThat(coffee(report.nextDay()).knownDays()).isEqualTo(28);
    }

    @Test
    void aFactorTickedBeforeTheRange_isKnownOnEveryDayOfIt() {
        var lateMarch = new DateRange(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31));

        var report = DiaryFactors.analyse(lateMarch, days(), List.of(Factor.own("coffee")), FactorSettings.DEFAULT);

        assertThat(coffee(report.sameDay()).knownDays()).isEqualTo(22);
    }

    @Test
    void aHiddenFactor_isLeftOut() {
        var range = new DateRange(FEBRUARY, LocalDate.of(2026, 3, 31));
        var hidden = new Factor("coffee", FactorEffect.NONE, true, Optional.empty());

        var report = DiaryFactors.analyse(range, days(), List.of(hidden), FactorSettings.DEFAULT);

        assertThat(report.sameDay()).extracting(FactorFigures::name).doesNotContain("coffee");
    }

    private static FactorFigures coffee(List<FactorFigures> family) {
        return family.stream().filter(figures -> figures.name().equals("coffee")).findFirst().orElseThrow();
    }
}
