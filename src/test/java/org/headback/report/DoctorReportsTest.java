package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headback.chart.Palette;
import org.headback.clinic.ClinicalCounters;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.WarningSigns;
import org.headback.output.Outputs;
import org.headback.stats.StatsText;
import org.headback.stats.Thresholds;
import org.headback.testing.TestDays;
import org.headback.text.Dates;
import org.headback.work.CancelledException;
import org.headback.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report for the doctor, written as a PDF and as a PNG, then opened again and read. */
class DoctorReportsTest {
    @TempDir
    static Path written;
    @TempDir
    static Path dataDir;
    private static Outputs outputs;
    /** The quarter's report as PDF, written once for the tests that only read it. */
    private static Path pdf;
    private static String text;

    @TempDir
    Path folder;

    /** Set in the bundled fonts only, as on a computer with no fonts of its own, so that the text is the same. */
    @BeforeAll
    static void writeTheQuarter() throws IOException {
        outputs = Outputs.open(dataDir);
        pdf = written.resolve(DoctorReports.fileName(quarter().range(), ReportFormat.PDF));
        DoctorReports.write(outputs, quarter(), ReportFormat.PDF, pdf, Progress.NONE,
                new ReportFonts(FallbackFonts.none()));
        text = text(pdf);
    }

    private static ReportData quarter() {
        return ReportData.of(new DateRange(TestDays.QUARTER_FIRST, TestDays.QUARTER_LAST), TestDays.quarter(),
                Thresholds.DEFAULT, TestDays.QUARTER_LAST.plusDays(1));
    }

    private Path write(ReportData data, ReportFormat format) throws IOException {
        var file = folder.resolve(DoctorReports.fileName(data.range(), format));
        DoctorReports.write(outputs, data, format, file, Progress.NONE);
        return file;
    }

    /** The PDF's text, with every run of white space (line ends included) made one space. */
    private static String text(Path pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void pdf_opensAgain_withPagesAndWhatAClinicianReadsFirst() throws IOException {
        var data = quarter();
        assertThat(pdf.getFileName()).hasToString("headback-report-2026-08-02-to-2026-10-30.pdf");
        assertThat(pages(pdf)).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("HeadBack diary report", shown(2026, 8, 2) + " – " + shown(2026, 10, 30),
                "77 recorded days of 90",
                "Not recorded is not pain-free", StatsText.summary(data.input().stats()),
                StatsText.oddsRatio(data.input().stats()), "Fisher exact p = ", "page 1 of " + pages(pdf));
    }

    @Test
    void pdf_listsTheWorstDays_withTheirNotes_worstFirst() {
        assertThat(text).contains(shown(2026, 9, 11) + " · back pain 9 · headache 8", TestDays.WORST_NOTE,
                "Medication: triptan (sumatriptan 50 mg)");
        assertThat(text.indexOf("back pain 9 · headache 8")).isLessThan(text.indexOf("back pain 8 · headache 8"));
    }

    @Test
    void pdf_noteInAnyScript_isWritten_withASubstituteOnlyForWhatNoFontCanShow() {
        assertThat(text).contains("Schmerz – Übelkeit ≥ 7, α-Blocker? " + Glyphs.SUBSTITUTE + Glyphs.SUBSTITUTE)
                .doesNotContain("头痛");
    }

    /** Runs where the computer has a font for Chinese (most desktops do; a bare server may not). */
    @Test
    void pdfAndPng_noteInChinese_isPrintedInAFontOfTheComputer() throws IOException {
        var chinese = FallbackFonts.onThisComputer().showing('头');
        assumeTrue(chinese.isPresent(), "this computer has no font for Chinese");
        var data = quarter();
        var report = write(data, ReportFormat.PDF);
        assertThat(text(report)).contains("Schmerz – Übelkeit ≥ 7, α-Blocker? 头痛 ");
        try (var document = Loader.loadPDF(report.toFile())) {
            var fonts = new ArrayList<String>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).as("embedded fonts").anyMatch(name -> !name.contains("DejaVu"));
        }
        assertThat(ImageIO.read(write(data, ReportFormat.PNG).toFile())).isNotNull();
    }

    @Test
    void pdf_longNote_isShortened_andSaysSo() {
        assertThat(text).contains("word … (shortened)");
        assertThat(text.split("word ", -1).length - 1).isLessThan(200);
    }

    @Test
    void pdf_listsTheWarningSignDays_withTheirSignsInWords() {
        var signs = WarningSigns.catalogue();
        assertThat(text).contains("Warning-sign days", "1 day with a warning sign (back pain or headache)",
                shown(2026, 9, 17) + " " + signs.find(TestDays.FEVER).orElseThrow().label() + "; "
                        + signs.find("weight_loss").orElseThrow().label());
        assertThat(text.indexOf("Warning-sign days")).isLessThan(text.indexOf("Back pain and headache on the same"));
    }

    @Test
    void pdf_countsHeadacheAndMedicationDaysPerMonth_andNamesTheLinesReachedInWords() {
        assertThat(text).contains("Month by month", "Acute medication per month, by class", ClinicalCounters.ABOUT,
                "September 2026 25 of 30 days at least 10 at least 1 at least 10 line reached",
                "September 2026 at least 10 Yes: Triptans: at least 10 days (line 10)", "October 2026 0 No",
                "Triptans on 10 or more days in September 2026");
    }

    @Test
    void monthAtTheChronicHeadacheLine_isMarkedInWords() throws IOException {
        var days = new ArrayList<DayEntry>();
        var first = LocalDate.of(2026, 9, 1);
        for (int i = 0; i < 30; i++) {
            days.add(DayEntry.on(first.plusDays(i)).backPain(i % 2 * 4).headache(i % 5 == 0 ? 0 : 5).build());
        }
        var data = ReportData.of(new DateRange(first, first.plusDays(29)), days, Thresholds.DEFAULT,
                TestDays.QUARTER_LAST);
        assertThat(text(write(data, ReportFormat.PDF))).contains(
                "September 2026 all 30 days 24 line reached 0 0 15 2.0 0",
                "No warning sign was ticked on any recorded day of this range.",
                "No acute medication is recorded in these months.");
    }

    @Test
    void tooFewDays_sayNotEnoughData_insteadOfFigures() throws IOException {
        var days = TestDays.quarter().subList(0, 6);
        var data = ReportData.of(new DateRange(TestDays.QUARTER_FIRST, TestDays.QUARTER_FIRST.plusDays(6)), days,
                Thresholds.DEFAULT, TestDays.QUARTER_LAST);
        assertThat(text(write(data, ReportFormat.PDF)))
                .contains("Not enough data for statistics: Only 6 days are recorded in this range",
                        "6 recorded days of 7")
                .doesNotContain("odds ratio", "Fisher", "phi =");
    }

    @Test
    void bothFormats_areReadableByTheirOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        for (var format : ReportFormat.values()) {
            assertThat(Files.getPosixFilePermissions(write(quarter(), format))).as(format.extension())
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void png_isOneTallImage_withTextAndCharts() throws IOException {
        BufferedImage image = ImageIO.read(write(quarter(), ReportFormat.PNG).toFile());
        assertThat(image.getWidth()).isEqualTo(1240);
        assertThat(image.getHeight()).isGreaterThan(2 * image.getWidth());
        int inked = 0;
        boolean orange = false;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                inked += rgb == 0xFFFFFF ? 0 : 1;
                orange |= rgb == (Palette.BACK_PAIN.getRGB() & 0xFFFFFF);
            }
        }
        assertThat(inked).as("pixels that are not white").isGreaterThan(image.getWidth() * image.getHeight() / 9 / 50);
        assertThat(orange).as("the back-pain colour of the charts").isTrue();
    }

    @Test
    void progress_isToldAfterEachSection_upToTheEnd() throws IOException {
        var steps = new ArrayList<long[]>();
        DoctorReports.write(outputs, quarter(), ReportFormat.PDF, folder.resolve("r.pdf"),
                Progress.told((done, total) -> steps.add(new long[] {done, total})));
        assertThat(steps).hasSizeGreaterThanOrEqualTo(3);
        assertThat(steps.get(steps.size() - 1)[0]).isEqualTo(steps.get(0)[1]);
    }

    @Test
    void cancelled_stopsTheReport_andLeavesNoFile() throws IOException {
        var asked = new AtomicInteger();
        for (var format : ReportFormat.values()) {
            var file = folder.resolve("r." + format.extension());
            assertThatThrownBy(() -> DoctorReports.write(outputs, quarter(), format, file,
                    Progress.until(() -> asked.incrementAndGet() > 2)))
                    .isInstanceOf(CancelledException.class).hasMessage(DoctorReports.CANCELLED);
            asked.set(0);
        }
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void missingFolder_isAClearError_andWritesNothing() {
        var file = folder.resolve("no-such-folder").resolve("r.pdf");
        assertThatThrownBy(() -> DoctorReports.write(outputs, quarter(), ReportFormat.PDF, file, Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(folder.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void existingFile_isReplacedWhole() throws IOException {
        var file = Files.writeString(folder.resolve("r.pdf"), "old");
        DoctorReports.write(outputs, quarter(), ReportFormat.PDF, file, Progress.NONE);
        assertThat(pages(file)).isGreaterThanOrEqualTo(2);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void rangeWithoutRecordedDays_isRefused() {
        List<DayEntry> days = TestDays.quarter();
        var empty = new DateRange(TestDays.QUARTER_LAST.plusDays(1), TestDays.QUARTER_LAST.plusDays(5));
        assertThatThrownBy(() -> ReportData.of(empty, days, Thresholds.DEFAULT, TestDays.QUARTER_LAST.plusDays(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No days are recorded from 2026-10-31 to 2026-11-04.");
    }

    /** A day as the report writes it, in this computer's locale. */
    private static String shown(int year, int month, int day) {
        return Dates.ofUser().shown(LocalDate.of(year, month, day));
    }
}
