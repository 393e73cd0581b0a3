package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Factor;
import org.headback.stats.Thresholds;
import org.junit.jupiter.api.Test;

/** The report's page of factors: there when a factor beyond back pain can be tested, with its verdict. */
class FactorsPageTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 4, 1);
    private static final DateRange MONTH = new DateRange(FIRST, FIRST.plusDays(29));

    /** Coffee on the first 12 of 30 days, with most of the headaches. */
    private static List<DayEntry> days() {
        var days = new ArrayList<DayEntry>();
        for (int i = 0; i < 30; i++) {
            days.add(DayEntry.on(FIRST.plusDays(i)).backPain(i % 3 == 0 ? 4 : 0)
                    .headache(i < 9 || (i >= 20 && i < 24) ? 6 : 0).factors(i < 12 ? Set.of("coffee") : Set.of())
                    .build());
        }
        return days;
    }

    @Test
    void aFactorOfTheUsersWithEnoughDays_getsThePage_withItsRowAndVerdict_afterTheCooccurrence() {
        var data = ReportData.of(MONTH, days(), Thresholds.DEFAULT, FIRST.plusDays(30))
                .withFactors(List.of(Factor.own("coffee")));

        var sections = ReportContent.sections(data);

        assertThat(sections).extracting(Section::name).containsSubsequence("co-occurrence",
                "what goes with headaches", "counters");
        var page = sections.stream().filter(section -> section.name().equals("what goes with headaches"))
                .findFirst().orElseThrow();
        var rows = page.blocks().stream().filter(PageBlock.Table.class::isInstance).map(PageBlock.Table.class::cast)
                .flatMap(table -> table.rows().stream()).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("coffee", "30", "75 %", "22 %")
                .endsWith("Goes with more headaches"));
        var words = page.blocks().stream().filter(PageBlock.Text.class::isInstance).map(PageBlock.Text.class::cast)
                .map(PageBlock.Text::text).toList();
        assertThat(words).contains("coffee goes with more headaches (30 recorded days, same day).")
                .anySatisfy(text -> assertThat(text).contains("Holm's method"));
    }

    @Test
    void withNothingBeyondBackPainToTest_thereIsNoPage() {
        var data = ReportData.of(MONTH, days(), Thresholds.DEFAULT, FIRST.plusDays(30));

        assertThat(ReportContent.sections(data)).extracting(Section::name)
                .doesNotContain("what goes with headaches");
    }
}
