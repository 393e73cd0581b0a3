package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headback.chart.BeforeAfterInput;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.output.Outputs;
import org.headback.stats.Comparison;
import org.headback.stats.Measure;
import org.headback.stats.MeasureChange;
import org.headback.stats.StatsText;
import org.headback.stats.Thresholds;
import org.headback.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's before/after page: there when the user chose two ranges, with the lines, caution and chart. */
class BeforeAfterPageTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 4, 1);
    private static final DateRange BEFORE = new DateRange(FIRST, FIRST.plusDays(29));
    private static final DateRange AFTER = new DateRange(FIRST.plusDays(30), FIRST.plusDays(59));
    private static final DateRange BOTH = new DateRange(FIRST, FIRST.plusDays(59));

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private static ReportData data() {
        var days = new ArrayList<DayEntry>();
        for (int i = 0; i < 60; i++) {
            days.add(DayEntry.on(FIRST.plusDays(i)).headache(i < 30 || i % 5 == 0 ? 6 : 0).build());
        }
        return ReportData.of(BOTH, days, Thresholds.DEFAULT, FIRST.plusDays(60));
    }

    private static BeforeAfterInput compared() {
        var changes = List.of(
                new MeasureChange(Measure.HEADACHE_DAYS, 30.0, 6.0, -24.0, -28.0, -19.0, 0.0004),
                new MeasureChange(Measure.MIGRAINE_DAYS, 0, 0, 0, 0, 0, 1),
                new MeasureChange(Measure.ACUTE_MEDICATION_DAYS, 0, 0, 0, 0, 0, 1),
                new MeasureChange(Measure.BACK_PAIN_DAYS, 0, 0, 0, 0, 0, 1));
        return new BeforeAfterInput(BEFORE, AFTER, new Comparison(30, 30, changes, Optional.empty()),
                Thresholds.DEFAULT);
    }

    private static Section page(ReportData data) {
        return ReportContent.sections(data).stream().filter(section -> section.name().equals("before and after"))
                .findFirst().orElseThrow();
    }

    private static List<String> words(Section page) {
        return page.blocks().stream().filter(PageBlock.Text.class::isInstance).map(PageBlock.Text.class::cast)
                .map(PageBlock.Text::text).toList();
    }

    @Test
    void rangesChosen_getThePage_withBothRangesTheFourLinesTheCautionAndTheChart_beforeTheCharts() {
        var data = data().withBeforeAfter(compared());

        assertThat(ReportContent.sections(data)).extracting(Section::name).containsSubsequence("co-occurrence",
                "before and after", "charts");
        var page = page(data);
        assertThat(words(page)).contains(BeforeAfterSection.HEADING, "Before: " + BEFORE.describe()
                + " (30 recorded days of 30); after: " + AFTER.describe() + " (30 recorded days of 30).",
                StatsText.compareLine(compared().comparison().changes().get(0)), StatsText.COMPARE_CAUTION);
        assertThat(words(page).stream().filter(line -> line.contains("per 30 recorded days before"))).hasSize(4);
        assertThat(page.blocks()).filteredOn(PageBlock.BeforeAfterChart.class::isInstance).hasSize(1);
    }

    @Test
    void withoutEnoughData_thePageSaysWhy_insteadOfTheLines() {
        var reason = "Not enough data: the range before has 9 recorded days; at least 14 are needed in each.";
        var data = data().withBeforeAfter(new BeforeAfterInput(BEFORE, AFTER, new Comparison(9, 30, List.of(),
                Optional.of(reason)), Thresholds.DEFAULT));

        assertThat(words(page(data))).contains(reason).noneMatch(line -> line.contains("per 30 recorded days"));
    }

    @Test
    void noRangesChosen_noPage() {
        assertThat(ReportContent.sections(data())).extracting(Section::name).doesNotContain("before and after");
    }

    @Test
    void thePdf_carriesThePage() throws IOException {
        var file = folder.resolve("report.pdf");
        DoctorReports.write(Outputs.open(dataDir), data().withBeforeAfter(compared()), ReportFormat.PDF, file,
                Progress.NONE);

        try (var document = Loader.loadPDF(file.toFile())) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Before and after Before: " + BEFORE.describe(), "Migraine days: 0.0 per 30 "
                    + "recorded days before, 0.0 after; change 0.0 (95 % CI 0.0 to 0.0), p = 1.00.",
                    StatsText.COMPARE_CAUTION);
        }
    }
}
