package org.headback.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.headback.text.Dates;
import org.headback.chart.BeforeAfterInput;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.output.KeptFilesFixture;
import org.headback.output.Outputs;
import org.headback.report.DoctorReports;
import org.headback.report.ReportFormat;
import org.headback.report.ReportPerson;
import org.headback.safekeeping.Settings;
import org.headback.stats.StatsText;
import org.headback.stats.Thresholds;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.SqliteSettingsStore;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.MessageLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report from the window: written in the background, then a message with the file or the reason. */
class ReportViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /** Today, and no day recorded after it. */
    private static final ReportDialogs.Days BY_TODAY = new ReportDialogs.Days(TODAY, TODAY);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("UTC")).toInstant(),
            ZoneId.of("UTC"));
    private static final DateRange LAST_60 = DateRange.lastDays(60, TODAY);

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private Database database;
    private Diary diary;
    private DirectTaskRunner runner;
    private ReportViewModel report;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        for (int i = 0; i < 60; i++) {
            diary.save(DayEntry.on(TODAY.minusDays(i)).backPain(i % 3 == 0 ? 0 : 5).headache(i % 4 == 0 ? 6 : 0)
                    .build());
        }
        runner = new DirectTaskRunner();
        report = new ReportViewModel(diary, Outputs.open(dataDir), Settings.of(new SqliteSettingsStore(database)),
                new MessageLine(), runner);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static ReportViewModel.Request request(DateRange range, ReportFormat format) {
        return new ReportViewModel.Request(range, format, Thresholds.DEFAULT, ReportPerson.NONE);
    }

    private void assertNoFiles() throws Exception {
        try (var listing = Files.list(files)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void write_savesTheReport_showsProgress_andSaysWhereItIs() throws Exception {
        var request = request(LAST_60, ReportFormat.PDF);
        var file = files.resolve(request.fileName());
        report.write(request, file);
        assertThat(runner.progressProperty().get()).isEqualTo(1.0);
        try (var document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(report.messageProperty().get()).isEqualTo("Saved the report as "
                    + "headback-report-2026-09-23-to-2026-11-21.pdf (" + document.getNumberOfPages() + " pages) in "
                    + files + ".");
        }
    }

    @Test
    void write_ofTwoYears_countsEveryRecordedDayOfTheRange() throws Exception {
        diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        for (int i = 60; i < 730; i++) {
            diary.save(DayEntry.on(TODAY.minusDays(i)).backPain(4).headache(i % 2 == 0 ? 5 : 0).build());
        }
        var file = files.resolve("two-years.pdf");
        report.write(request(DateRange.lastDays(730, TODAY), ReportFormat.PDF), file);
        assertThat(report.messageProperty().get()).startsWith("Saved the report");
        try (var document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("730 recorded days of 730");
        }
    }

    @Test
    void write_aNameWithoutExtension_getsTheFormats() throws Exception {
        report.write(request(LAST_60, ReportFormat.PNG), files.resolve("for-the-doctor"));
        assertThat(files.resolve("for-the-doctor.png")).isNotEmptyFile();
        assertThat(ReportViewModel.target(Path.of("a.PDF"), ReportFormat.PNG)).isEqualTo(Path.of("a.PDF"));
    }

    @Test
    void cancelled_saysSo_andLeavesNoFile() throws Exception {
        runner.cancel();
        report.write(request(LAST_60, ReportFormat.PDF), files.resolve("r.pdf"));
        assertThat(report.messageProperty().get()).isEqualTo(DoctorReports.CANCELLED);
        assertNoFiles();
    }

    @Test
    void cancelledMidway_saysSo_andLeavesNoFile() throws Exception {
        for (var format : ReportFormat.values()) {
            runner.cancelAfter(2);
            report.write(request(LAST_60, format), files.resolve("r." + format.extension()));
            assertThat(runner.progressProperty().get()).as(format.name()).isBetween(0.0, 1.0).isNotEqualTo(1.0);
            assertThat(report.messageProperty().get()).isEqualTo(DoctorReports.CANCELLED);
            assertNoFiles();
        }
    }

    @Test
    void rangeWithoutRecordedDays_isAClearMessage_andNoFile() throws Exception {
        var empty = new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
        report.write(request(empty, ReportFormat.PDF), files.resolve("r.pdf"));
        assertThat(report.messageProperty().get())
                .isEqualTo("The report was not saved: No days are recorded from 2020-01-01 to 2020-01-31.");
        assertNoFiles();
    }

    @Test
    void missingFolder_isAClearMessage() {
        var file = files.resolve("gone").resolve("r.png");
        report.write(request(LAST_60, ReportFormat.PNG), file);
        assertThat(report.messageProperty().get()).isEqualTo("The report was not saved: The folder "
                + file.getParent() + " does not exist: " + file + " was not written.");
    }

    @Test
    void write_ontoTheDataFoldersOwnFiles_isRefused_andChangesNothing() throws Exception {
        KeptFilesFixture.fill(dataDir);
        var before = KeptFilesFixture.snapshot(dataDir);
        var db = dataDir.resolve(Database.FILE_NAME);
        assertThat(ReportViewModel.target(db, ReportFormat.PDF)).as("the window adds the format's extension")
                .isEqualTo(dataDir.resolve("headback.db.pdf"));
        for (var target : KeptFilesFixture.forbidden(dataDir, files, "pdf")) {
            if (target.getFileName().toString().endsWith(".pdf")) {
                report.write(request(LAST_60, ReportFormat.PDF), target);
                assertThat(report.messageProperty().get()).as(target.toString())
                        .startsWith("The report was not saved: " + target + " ").endsWith("; choose another file.");
                assertThat(KeptFilesFixture.snapshot(dataDir)).as(target.toString()).isEqualTo(before);
            }
        }
    }

    private static String shown(LocalDate day) {
        return Dates.ofUser().shown(day);
    }

    @Test
    void dialogCheck_withADayRecordedAhead_takesDaysUpToIt_andNoLater() {
        var ahead = new ReportDialogs.Days(TODAY, TODAY.plusDays(3));
        assertThat(ReportDialogs.check(TODAY.minusDays(9), TODAY.plusDays(3), ahead, ReportPerson.NONE)).isEmpty();
        assertThat(ReportDialogs.check(TODAY.plusDays(1), TODAY.plusDays(2), ahead, ReportPerson.NONE)).isEmpty();
        assertThat(ReportDialogs.check(TODAY.plusDays(4), TODAY.plusDays(5), ahead, ReportPerson.NONE))
                .isEqualTo("The range starts after " + shown(TODAY.plusDays(3)) + ", the last recorded day (the "
                        + "first day " + shown(TODAY.plusDays(4)) + "): no later day is recorded.");
    }

    @Test
    void dialogCheck_refusesAnIncompleteReversedOrFutureRange() {
        assertThat(ReportDialogs.check(null, TODAY, BY_TODAY, ReportPerson.NONE))
                .isEqualTo("Choose the first day and the last day.");
        assertThat(ReportDialogs.check(TODAY, TODAY.minusDays(1), BY_TODAY, ReportPerson.NONE))
                .isEqualTo("The range is reversed: the last day " + shown(TODAY.minusDays(1))
                        + " is before the first day " + shown(TODAY) + ".");
        assertThat(ReportDialogs.check(TODAY.plusDays(1), TODAY.plusDays(2), BY_TODAY, ReportPerson.NONE))
                .isEqualTo("The range starts after today (the first day " + shown(TODAY.plusDays(1))
                        + "): no day can be recorded in the future.");
        assertThat(ReportDialogs.check(TODAY.minusDays(9), TODAY, BY_TODAY, ReportPerson.NONE)).isEmpty();
        assertThat(ReportDialogs.check(LocalDate.of(1899, 12, 31), TODAY, BY_TODAY, ReportPerson.NONE))
                .isEqualTo("The range starts too early (the first day " + shown(LocalDate.of(1899, 12, 31))
                        + "): no diary takes a day before 1900-01-01.");
        assertThat(ReportDialogs.check(TODAY.minusDays(9), LocalDate.of(9999, 12, 31), BY_TODAY,
                ReportPerson.NONE))
                .as("a last day after today means today").isEmpty();
    }

    private ReportViewModel reopened() {
        return new ReportViewModel(diary, Outputs.open(dataDir), Settings.of(new SqliteSettingsStore(database)),
                new MessageLine(), runner);
    }

    @Test
    void person_isRemembered_forTheNextReport_andForTheNextRun() {
        var jane = ReportPerson.of("Jane Doe", LocalDate.of(1971, 3, 3));
        assertThat(report.personProperty().get()).isEqualTo(ReportPerson.NONE);
        report.remember(jane);
        assertThat(report.personProperty().get()).isEqualTo(jane);
        assertThat(reopened().personProperty().get()).isEqualTo(jane);

        report.remember(ReportPerson.NONE);
        assertThat(reopened().personProperty().get()).as("cleared, and remembered as cleared")
                .isEqualTo(ReportPerson.NONE);
    }

    @Test
    void rememberedValues_thatTheDialogWouldRefuse_areForgotten() {
        new SqliteSettingsStore(database).putAll(Map.of(ReportSettings.NAME, "Jane Doe",
                ReportSettings.BIRTH_DATE, TODAY.plusDays(3).toString()));
        assertThat(reopened().personProperty().get()).isEqualTo(ReportPerson.of("Jane Doe", null));
        new SqliteSettingsStore(database).putAll(Map.of(ReportSettings.NAME, "x".repeat(200),
                ReportSettings.BIRTH_DATE, "3 March"));
        assertThat(reopened().personProperty().get()).isEqualTo(ReportPerson.NONE);
    }

    @Test
    void write_printsThePersonAndTheRequestedThresholds_onPageOne() throws Exception {
        var request = new ReportViewModel.Request(LAST_60, ReportFormat.PDF, new Thresholds(4, 2),
                ReportPerson.of("Jane Doe", null));
        var file = files.resolve(request.fileName());
        report.write(request, file);
        try (var document = Loader.loadPDF(file.toFile())) {
            var stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(document).replaceAll("\\s+", " "))
                    .startsWith("HeadBack diary report Jane Doe " + LAST_60.describe())
                    .contains("A back-pain day is a day with back pain 4 or more. In the figures and charts a "
                            + "headache day is a day with headache 2 or more");
        }
    }

    @Test
    void write_withTheRangesComparedInTheBeforeAfterView_addsTheirPage() throws Exception {
        var ranges = new BeforeAfterInput.Ranges(DateRange.lastDays(60, TODAY.minusDays(30)),
                DateRange.lastDays(30, TODAY));
        var request = new ReportViewModel.Request(LAST_60, ReportFormat.PDF, Thresholds.DEFAULT, ReportPerson.NONE,
                Optional.of(ranges));
        var file = files.resolve(request.fileName());
        report.write(request, file);
        try (var document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Before and after Before: " + ranges.before().describe())
                    .contains("Back-pain days: ", StatsText.COMPARE_CAUTION);
        }
    }

    @Test
    void dialogCheck_refusesABirthDateInTheFuture_andANameTooLong() {
        assertThat(ReportDialogs.check(LAST_60.from(), TODAY, BY_TODAY, ReportPerson.of(null, TODAY.plusDays(1))))
                .isEqualTo("The date of birth 2026-11-22 is in the future.");
        assertThat(ReportDialogs.check(LAST_60.from(), TODAY, BY_TODAY, ReportPerson.of("x".repeat(81), null)))
                .isEqualTo("The name is longer than 80 characters.");
        assertThat(ReportDialogs.check(LAST_60.from(), TODAY, BY_TODAY, ReportPerson.of("", null))).isEmpty();
    }
}
