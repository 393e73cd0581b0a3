package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headback.diary.DateRange;
import org.headback.testing.TestDays;
import org.headback.text.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headback report}, as a user runs it. */
class ReportCliTest extends CliFolders {
    private static final String LONG_AGO = "The worst day, long ago";

    @TempDir
    Path twoYears;

    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void recordSixtyDays() throws Exception {
        importDays(TestDays.sixtyDaysCsv(today, "Could not work, Übelkeit"));
    }

    @Test
    void report_pdf_writesPages_withTheRangeAndTheWorstDay() throws Exception {
        var pdf = files.resolve("report.pdf");
        assertThat(run("report", "--out", pdf.toString(), "--back-threshold", "3")).as(err).isEqualTo(Cli.OK);
        assertThat(out).startsWith("wrote " + pdf).contains(" pages)");
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("60 recorded days of 60", "back pain ≥ 3", "Could not work, Übelkeit");
        }
    }

    @Test
    void report_png_writesOneTallImage() throws Exception {
        var png = files.resolve("report.PNG");
        assertThat(run("report", "--out", png.toString(), "--from", today.minusDays(29).toString()))
                .as(err).isEqualTo(Cli.OK);
        var image = ImageIO.read(png.toFile());
        assertThat(image.getHeight()).isGreaterThan(2 * image.getWidth());
        assertThat(out).contains(image.getWidth() + " × " + image.getHeight() + " pixels");
    }

    @Test
    void otherExtension_isAUsageError_andWritesNothing() throws Exception {
        assertThat(run("report", "--out", files.resolve("report.docx").toString())).isEqualTo(Cli.USAGE);
        assertThat(err).contains("report.docx does not end in .pdf or .png");
        assertNothingWritten();
    }

    /** 730 days ending on {@code last} in a data folder of their own, the worst of them 601 days before it. */
    private void recordTwoYears(LocalDate last) throws Exception {
        var file = Files.writeString(files.resolve("two-years.csv"), TestDays.csvDays(last, 730, 601, LONG_AGO),
                StandardCharsets.UTF_8);
        assertThat(CliRun.in(twoYears, "diary", "import", file.toString()).code()).isEqualTo(Cli.OK);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return squeezed(new PDFTextStripper().getText(document));
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void report_ofTwoYears_countsEveryRecordedDay_withTheFiguresOfStats() throws Exception {
        recordTwoYears(today);
        var stats = CliRun.in(twoYears, "stats").out().lines().toList();
        var pdf = files.resolve("two-years.pdf");
        var report = CliRun.in(twoYears, "report", "--out", pdf.toString());
        assertThat(report.code()).as(report.err()).isEqualTo(Cli.OK);

        assertThat(stats.get(0)).endsWith(": 730 recorded days of 730.");
        var text = pdfText(pdf);
        assertThat(text).contains("730 recorded days of 730", squeezed(stats.get(1)), squeezed(stats.get(2)));
        assertThat(text).as("the worst day, 601 days back").contains(LONG_AGO);
    }

    @Test
    void report_ofAnOlderRange_withNoDayInTheLastYear_coversItsDays() throws Exception {
        var last = today.minusDays(400);
        recordTwoYears(last);
        var pdf = files.resolve("older.pdf");
        var report = CliRun.in(twoYears, "report", "--out", pdf.toString(), "--from", last.minusDays(729).toString());
        assertThat(report.code()).as(report.err()).isEqualTo(Cli.OK);
        assertThat(pdfText(pdf)).contains("730 recorded days of 1,130", LONG_AGO);
    }

    @Test
    void rangeEndingFarInTheFuture_endsToday_andTheReportSaysSo() throws Exception {
        var pdf = files.resolve("report.pdf");
        assertThat(run("report", "--out", pdf.toString(), "--to", "9999-12-31")).as(err).isEqualTo(Cli.OK);
        assertThat(pdfText(pdf)).contains(new DateRange(today.minusDays(59), today).describe()
                + " · 60 recorded days of 60");
    }

    /** Records tomorrow as someone in a time zone ahead of this one would: a diary whose clock is a day later. */
    private void recordTomorrow() {
        var ahead = java.time.Clock.offset(java.time.Clock.systemDefaultZone(), java.time.Duration.ofDays(1));
        try (var database = org.headback.storage.Database.open(dataDir)) {
            new org.headback.diary.Diary(new org.headback.storage.SqliteDiaryStore(database, ahead), ahead)
                    .save(org.headback.diary.DayEntry.on(today.plusDays(1)).backPain(6).headache(7).build());
        }
    }

    @Test
    void aDayRecordedAhead_isCountedByStatsAndTheReport_andARangeCanStartOnIt() throws Exception {
        recordTomorrow();
        assertThat(run("stats", "--json")).as(err).isEqualTo(Cli.OK);
        assertThat(out).contains("\"recordedDays\": 61");
        assertThat(run("stats", "--json", "--from", today.minusDays(9).toString())).as(err).isEqualTo(Cli.OK);
        assertThat(out).as("a range with no end reaches it").contains("\"recordedDays\": 11");
        assertThat(run("stats", "--json", "--to", "9999-12-31")).as(err).isEqualTo(Cli.OK);
        assertThat(out).contains("\"recordedDays\": 61");
        var pdf = files.resolve("report.pdf");
        assertThat(run("report", "--out", pdf.toString(), "--from", today.plusDays(1).toString())).as(err)
                .isEqualTo(Cli.OK);
        assertThat(pdfText(pdf)).contains(new DateRange(today.plusDays(1), today.plusDays(1)).describe()
                + " · 1 recorded day of 1");
        assertThat(run("stats", "--from", today.plusDays(2).toString())).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: The range starts after " + today.plusDays(1) + ", the last "
                + "recorded day (--from " + today.plusDays(2) + "): no later day is recorded.");
    }

    @Test
    void report_withNameAndBirthDate_printsThemFirst_onPageOne() throws Exception {
        var pdf = files.resolve("report.pdf");
        assertThat(run("report", "--out", pdf.toString(), "--name", "Jane Doe", "--birth-date", "1971-03-03"))
                .as(err).isEqualTo(Cli.OK);
        try (var document = Loader.loadPDF(pdf.toFile())) {
            var stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            var born = Dates.ofUser().shown(LocalDate.of(1971, 3, 3));
            assertThat(squeezed(stripper.getText(document))).startsWith("HeadBack diary report Jane Doe · date of "
                    + "birth " + born + " " + new DateRange(today.minusDays(59), today).describe());
        }
    }

    @Test
    void birthDateInTheFutureOrNotADate_orANameOnTwoLines_isAUsageError_andWritesNothing() throws Exception {
        var pdf = files.resolve("report.pdf").toString();
        assertThat(run("report", "--out", pdf, "--birth-date", today.plusDays(1).toString())).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: The date of birth " + today.plusDays(1) + " is in the future.");
        assertThat(run("report", "--out", pdf, "--birth-date", "1971-3-3")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: --birth-date: 1971-3-3 is not a date in the form yyyy-MM-dd");
        assertThat(run("report", "--out", pdf, "--birth-date", "1850-01-01")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: --birth-date: 1850-01-01 is before 1900-01-01");
        assertThat(run("report", "--out", pdf, "--name", "Jane\nDoe")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: The name has a line break");
        assertNothingWritten();
    }
}
