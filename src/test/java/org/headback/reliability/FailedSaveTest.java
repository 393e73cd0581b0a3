package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.headback.chart.ChartInput;
import org.headback.chart.ChartKind;
import org.headback.chart.Charts;
import org.headback.chart.DiaryPoints;
import org.headback.diary.ConflictMode;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.DiaryExport;
import org.headback.diary.ImportPlan;
import org.headback.output.OutputException;
import org.headback.output.Outputs;
import org.headback.report.DoctorReports;
import org.headback.report.ReportData;
import org.headback.report.ReportFormat;
import org.headback.stats.Thresholds;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.StorageException;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.diary.DiaryViewModel;
import org.headback.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save that cannot be written: a full disk, a read-only file, a failure half-way through a transaction. The user is
 * told, nothing is half-written, the old value stays, and nothing claims to have been saved.
 *
 * <p>A full disk is made with SQLite's own limit on the file's size ({@code PRAGMA max_page_count}): SQLite then
 * fails exactly as on a full disk ({@code SQLITE_FULL}), and this works for any user. A read-only file is made with
 * {@code PRAGMA query_only} ({@code SQLITE_READONLY}), which holds even for root, who is not stopped by file
 * permissions; the test with real permissions runs only when the tests do not run as root.
 */
class FailedSaveTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    @TempDir
    Path exports;
    private Database database;
    private Diary diary;
    private DiaryViewModel viewModel;

    @BeforeEach
    void prepare() {
        database = Database.open(dataDir);
        new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK).save(DayEntry.on(TODAY).backPain(2).headache(1)
                .notes("as it was").build());
        database.close();
        open();
    }

    /** Opens the data folder as the window does. */
    private void open() {
        database = Database.open(dataDir);
        diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        viewModel = new DiaryViewModel(diary, new DirectTaskRunner());
        viewModel.start();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void pragma(String pragma) {
        database.read(c -> c.createStatement().execute("PRAGMA " + pragma));
    }

    private int pageCount() {
        return database.read(c -> {
            try (var rows = c.createStatement().executeQuery("PRAGMA page_count")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private String integrity() {
        return database.read(c -> {
            try (var rows = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    private void typeABigChange() {
        var editor = viewModel.editor();
        editor.backPainProperty().set("7");
        editor.notesProperty().set("a long note that needs new pages in the file ".repeat(2000));
        editor.commit();
    }

    @Test
    void diskFull_theWindowSaysNotSaved_andTheDayKeepsItsOldValues() {
        pragma("max_page_count = " + pageCount());

        typeABigChange();

        var editor = viewModel.editor();
        assertThat(editor.saveStateProperty().get()).startsWith("Not saved: The disk holding ")
                .contains(database.file().toString()).endsWith("is full: nothing was saved.")
                .doesNotContain("Saved at");
        assertThat(editor.dirtyProperty().get()).as("still waiting to be saved").isTrue();
        assertThat(diary.day(TODAY)).get().satisfies(day -> {
            assertThat(day.backPain()).isEqualTo(2);
            assertThat(day.notes()).isEqualTo("as it was");
        });
        assertThat(integrity()).isEqualTo("ok");

        pragma("max_page_count = 1073741823");
        editor.commit();
        assertThat(editor.saveStateProperty().get()).as("once there is room again").startsWith("Saved at ");
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::backPain).isEqualTo(7);
    }

    @Test
    void readOnlyFile_theWindowSaysNotSaved_andTheDayKeepsItsOldValues() {
        pragma("query_only = 1");

        typeABigChange();

        assertThat(viewModel.editor().saveStateProperty().get())
                .isEqualTo("Not saved: The database " + database.file()
                        + " cannot be written: the file or its folder is read-only.");
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::backPain).isEqualTo(2);
    }

    @Test
    void newDayOnAFullDisk_isNotShownAsRecorded() {
        pragma("max_page_count = " + pageCount());
        viewModel.select(TODAY.minusDays(3));
        typeABigChange();

        assertThat(viewModel.editor().recordedProperty().get()).isFalse();
        assertThat(viewModel.editor().saveStateProperty().get()).startsWith("Not saved: ");
        assertThat(viewModel.recentDays()).extracting(DayEntry::date).containsExactly(TODAY);
        assertThat(diary.day(TODAY.minusDays(3))).isEmpty();
    }

    @Test
    void importFailingHalfWay_leavesNoneOfItsDays() {
        var days = IntStream.range(1, 1001).mapToObj(i -> DayEntry.on(TODAY.minusDays(i)).backPain(i % 11).build())
                .toList();
        var plan = new ImportPlan("days.csv", days, java.util.List.of());

        assertThatThrownBy(() -> diary.importDays(plan, ConflictMode.FAIL, Progress.told((done, total) -> {
            if (done == 500) {
                throw new StorageException("The disk holding the diary is full: nothing was saved.");
            }
        }))).hasMessageContaining("is full");

        assertThat(diary.all()).extracting(DayEntry::date).containsExactly(TODAY);
        assertThat(integrity()).isEqualTo("ok");
    }

    @Test
    void importOnAFullDisk_leavesNoneOfItsDays() {
        pragma("max_page_count = " + (pageCount() + 3));
        var days = IntStream.range(1, 1001).mapToObj(i -> DayEntry.on(TODAY.minusDays(i)).backPain(i % 11)
                .notes("note " + i).build()).toList();

        assertThatThrownBy(() -> diary.importDays(new ImportPlan("days.csv", days, java.util.List.of()),
                ConflictMode.FAIL, Progress.NONE)).hasMessageEndingWith("nothing was saved.");

        assertThat(diary.all()).extracting(DayEntry::date).containsExactly(TODAY);
        assertThat(integrity()).isEqualTo("ok");
    }

    @Test
    void exportFailingHalfWay_leavesTheEarlierFileAsItWas_andNoPartialFile() throws Exception {
        var target = exports.resolve("diary.csv");
        Files.writeString(target, "the export of last week\n");
        var days = IntStream.range(1, 300).mapToObj(i -> DayEntry.on(TODAY.minusDays(i)).build()).toList();
        diary.importDays(new ImportPlan("days.csv", days, java.util.List.of()), ConflictMode.FAIL, Progress.NONE);

        assertThatThrownBy(() -> DiaryExport.toFile(Outputs.open(dataDir), diary, null, null, target,
                Progress.told((done, total) -> {
                    if (done == 150) {
                        throw new UncheckedIOException(new IOException("No space left on device"));
                    }
                }))).hasMessage("The disk holding " + exports + " is full: " + target + " was not written.");

        assertThat(Files.readString(target)).isEqualTo("the export of last week\n");
        assertOnlyTheEarlierFile(target);
    }

    /** The target folder holds the earlier file and nothing else, and no write is left recorded as under way. */
    private void assertOnlyTheEarlierFile(Path target) throws IOException {
        try (Stream<Path> files = Files.list(exports)) {
            assertThat(files).containsExactly(target);
        }
        try (Stream<Path> entries = Files.list(dataDir.resolve("partial-files"))) {
            assertThat(entries).as("writes recorded as under way").isEmpty();
        }
    }

    /** A stream that fails as a full disk does, once {@code room} bytes have gone through it. */
    private static OutputStream fullAfter(OutputStream out, long room) {
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                take(1);
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                take(length);
                out.write(bytes, offset, length);
            }

            private void take(int bytes) throws IOException {
                written += bytes;
                if (written > room) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"diary.csv", "chart.png", "report.pdf", "report.png"})
    void anyOutputOnAFullDisk_saysTheDiskIsFull_namesTheFile_andLeavesTheEarlierFile(String name) throws Exception {
        var target = Files.writeString(exports.resolve(name), "the earlier file\n");
        var days = IntStream.range(1, 90).mapToObj(i -> DayEntry.on(TODAY.minusDays(i)).backPain(i % 7)
                .headache(i % 5).notes("note " + i).build()).toList();
        diary.importDays(new ImportPlan("days.csv", days, java.util.List.of()), ConflictMode.FAIL, Progress.NONE);
        var full = Outputs.throughStreams(dataDir, out -> fullAfter(out, 2_000));
        var range = new DateRange(TODAY.minusDays(89), TODAY);

        assertThatThrownBy(() -> {
            switch (name) {
                case "diary.csv" -> DiaryExport.toFile(full, diary, null, null, target, Progress.NONE);
                case "chart.png" -> Charts.writePng(full, Charts.create(ChartKind.TOGETHER, ChartInput.of(range,
                        DiaryPoints.of(diary.all()), Thresholds.DEFAULT)), target, 1200, 800);
                default -> DoctorReports.write(full, ReportData.of(range, diary.all(), Thresholds.DEFAULT, TODAY),
                        ReportFormat.ofFile(target).orElseThrow(), target, Progress.NONE);
            }
        }).isInstanceOf(OutputException.class)
                .hasMessage("The disk holding " + exports + " is full: " + target + " was not written.");

        assertThat(Files.readString(target)).isEqualTo("the earlier file\n");
        assertOnlyTheEarlierFile(target);
    }

    /** Makes a file or folder read-only, and skips the test where that stops nobody (root). */
    private static void makeReadOnly(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        assumeFalse(Files.isWritable(path), "this user (root) is not stopped by permissions");
    }

    @Test
    void readOnlyDataFolder_withRealPermissions_isRefusedOnOpeningWithTheFileNamed() throws Exception {
        database.close();
        try {
            makeReadOnly(dataDir, "r-x------");
            assertThatThrownBy(() -> Database.open(dataDir).close()).isInstanceOf(StorageException.class)
                    .hasMessageContaining(dataDir.resolve(Database.FILE_NAME).toString())
                    .hasMessageContaining("read-only");
        } finally {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            database = Database.open(dataDir);
        }
        assertThat(new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK).day(TODAY)).isPresent();
    }

    @Test
    void readOnlyFile_withRealPermissions_staysReadOnly_andTheWindowSaysNotSaved() throws Exception {
        database.close();
        var file = dataDir.resolve(Database.FILE_NAME);
        try {
            makeReadOnly(file, "r--------");
            open();
            typeABigChange();
            assertThat(viewModel.editor().saveStateProperty().get()).isEqualTo("Not saved: The database " + file
                    + " cannot be written: the file or its folder is read-only.");
            assertThat(diary.day(TODAY)).get().extracting(DayEntry::backPain).isEqualTo(2);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--------");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
