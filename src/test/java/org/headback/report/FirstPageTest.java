package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.output.Outputs;
import org.headback.stats.Thresholds;
import org.headback.testing.TestDays;
import org.headback.text.Dates;
import org.headback.text.Figures;
import org.headback.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's first page, a summary a doctor takes in at a glance, read back from the PDF; and how pages fill. */
class FirstPageTest {
    private static final DateRange QUARTER = new DateRange(TestDays.QUARTER_FIRST, TestDays.QUARTER_LAST);
    private static final LocalDate MADE = TestDays.QUARTER_LAST.plusDays(1);
    private static final ReportPerson JANE = ReportPerson.of(" Jane Doe ", LocalDate.of(1971, 3, 3));

    @TempDir
    Path folder;

    private static ReportData quarter(Thresholds thresholds, ReportPerson person) {
        return ReportData.of(QUARTER, TestDays.quarter(), thresholds, MADE, person);
    }

    /** The text of the first page only, every run of white space made one space. */
    private String firstPage(ReportData data) throws IOException {
        return pageText(data, 1, 1);
    }

    private String pageText(ReportData data, int first, int last) throws IOException {
        var file = folder.resolve("report.pdf");
        DoctorReports.write(Outputs.open(folder), data, ReportFormat.PDF, file, Progress.NONE,
                new ReportFonts(FallbackFonts.none()));
        try (var document = Loader.loadPDF(file.toFile())) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(Math.min(last, document.getNumberOfPages()));
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<DayEntry> daysOf(YearMonth month) {
        return TestDays.quarter().stream().filter(day -> YearMonth.from(day.date()).equals(month)).toList();
    }

    @Test
    void firstPage_namesThePerson_theRange_recordedDays_andThresholdsInPlainWords() throws IOException {
        var text = firstPage(quarter(new Thresholds(4, 1), JANE));
        assertThat(text).startsWith("HeadBack diary report Jane Doe · date of birth " + shown(1971, 3, 3) + " "
                + shown(2026, 8, 2) + " – " + shown(2026, 10, 30) + " · 77 recorded days of 90 ");
        assertThat(text).contains("A back-pain day is a day with back pain 4 or more; a headache day is a day with "
                + "headache 1 or more; a migraine day is a headache day recorded as migraine.");
    }

    @Test
    void firstPage_hasARowPerMonth_withEveryCount_andTheIchdLinesInWords() throws IOException {
        var text = firstPage(quarter(new Thresholds(4, 1), ReportPerson.NONE));
        var september = daysOf(YearMonth.of(2026, 9));
        long backDays = september.stream().filter(day -> day.backPain() >= 4).count();
        double meanBack = september.stream().mapToInt(DayEntry::backPain).average().orElseThrow();
        assertThat(text).contains("Month by month", "August 2026 ", "October 2026 ",
                "September 2026 25 of 30 days at least 10 at least 1 at least 10 line reached at least " + backDays
                        + " " + Figures.severity(meanBack) + " at least 1 ");
        assertThat(text).contains("15 headache days (chronic headache); 8 migraine days among them");
    }

    @Test
    void firstPage_withoutNameOrBirthDate_hasNoEmptyLabel() throws IOException {
        var text = firstPage(quarter(Thresholds.DEFAULT, ReportPerson.of("  ", null)));
        assertThat(text).startsWith("HeadBack diary report " + shown(2026, 8, 2) + " – " + shown(2026, 10, 30)
                + " · 77 recorded days of 90 ")
                .doesNotContainIgnoringCase("date of birth").doesNotContain("Name", "null");
    }

    @Test
    void firstPage_withOnlyABirthDate_saysItIsTheDateOfBirth() throws IOException {
        var text = firstPage(quarter(Thresholds.DEFAULT, ReportPerson.of(null, LocalDate.of(1980, 12, 24))));
        assertThat(text)
                .startsWith("HeadBack diary report Date of birth " + shown(1980, 12, 24) + " " + shown(2026, 8, 2));
    }

    @Test
    void firstPage_withAHigherHeadacheThreshold_saysTheMonthlyCountsStillCountEveryHeadache() throws IOException {
        var text = firstPage(quarter(new Thresholds(2, 5), ReportPerson.NONE));
        assertThat(text).contains("A back-pain day is a day with back pain 2 or more. In the figures and charts a "
                + "headache day is a day with headache 5 or more; the monthly counts below follow ICHD-3 and count "
                + "every day with headache 1 or more");
    }

    @Test
    void firstPage_monthWithoutARecord_saysNotRecorded_neverZero() throws IOException {
        var days = new ArrayList<DayEntry>();
        days.addAll(daysOf(YearMonth.of(2026, 8)));
        days.addAll(daysOf(YearMonth.of(2026, 10)));
        var data = ReportData.of(QUARTER, days, Thresholds.DEFAULT, MADE, ReportPerson.NONE);
        assertThat(firstPage(data)).contains("September 2026 not recorded not recorded not recorded not recorded "
                + "not recorded not recorded not recorded ").doesNotContain("September 2026 0");
    }

    @Test
    void summary_comesFirst_thenWarningSigns_statistics_charts_andWorstDays() throws IOException {
        var text = pageText(quarter(Thresholds.DEFAULT, JANE), 1, Integer.MAX_VALUE);
        assertThat(text).containsSubsequence("Month by month", "Warning-sign days",
                "Back pain and headache on the same days", "odds ratio", "Acute medication per month, by class",
                "The worst days and their notes");
    }

    @Test
    void worstDays_withoutNotes_sayNothingOfNotes_andNoneAtAllIsSaidOnce() throws IOException {
        var text = pageText(quarter(Thresholds.DEFAULT, ReportPerson.NONE), 1, Integer.MAX_VALUE);
        assertThat(text).doesNotContain("No notes.", ReportContent.NO_NOTES);
        var withoutNotes = TestDays.quarter().stream().filter(day -> day.notes().isBlank()).toList();
        var data = ReportData.of(QUARTER, withoutNotes, Thresholds.DEFAULT, MADE, ReportPerson.NONE);
        var plain = pageText(data, 1, Integer.MAX_VALUE);
        assertThat(plain.split(ReportContent.NO_NOTES, -1)).hasSize(2);
        assertThat(plain).doesNotContain("No notes.");
    }

    /** Every page but the last is at least half full: a block moves on only when it does not fit. */
    @Test
    void pagesBeforeTheLast_areAtLeastHalfFull() throws IOException {
        var months = new ArrayList<DayEntry>();
        var first = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 240; i++) {
            if (i % 9 != 4) {
                months.add(DayEntry.on(first.plusDays(i)).backPain(i % 7).headache(i % 5 == 0 ? 6 : i % 3)
                        .notes(i % 17 == 0 ? "a long day at work" : "").build());
            }
        }
        var datas = List.of(quarter(Thresholds.DEFAULT, JANE),
                ReportData.of(new DateRange(first, first.plusDays(239)), months, new Thresholds(4, 1),
                        first.plusDays(240), JANE));
        for (var data : datas) {
            var fills = fills(data);
            assertThat(fills).as(data.range().describe()).isNotEmpty().allMatch(fill -> fill >= 0.5);
        }
    }

    private static List<Double> fills(ReportData data) throws IOException {
        try (var document = new PDDocument();
             var canvas = new PdfCanvas(document, new ReportFonts(FallbackFonts.none()))) {
            var layout = new Layout(canvas);
            for (var section : ReportContent.sections(data)) {
                layout.section(section);
            }
            return layout.fills();
        }
    }

    /** A day as the report writes it, in this computer's locale. */
    private static String shown(int year, int month, int day) {
        return Dates.ofUser().shown(LocalDate.of(year, month, day));
    }
}
