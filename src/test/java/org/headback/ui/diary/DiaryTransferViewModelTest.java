package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.headback.text.Dates;
import org.headback.diary.ConflictMode;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.ImportPlan;
import org.headback.diary.ImportPreview;
import org.headback.output.KeptFilesFixture;
import org.headback.output.Outputs;
import org.headback.safekeeping.Backup;
import org.headback.safekeeping.DiaryBackups;
import org.headback.storage.Backups;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.MessageLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiaryTransferViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("UTC")).toInstant(),
            ZoneId.of("UTC"));

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private Database database;
    private Diary diary;
    private DirectTaskRunner runner;
    private DiaryViewModel diaryView;
    private DiaryTransferViewModel transfer;
    private int reloads;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        runner = new DirectTaskRunner();
        var messages = new MessageLine();
        diaryView = new DiaryViewModel(diary, runner, messages);
        diaryView.start();
        transfer = new DiaryTransferViewModel(diary, new DiaryBackups(new Backups(database, dataDir, CLOCK)),
                Outputs.open(dataDir), runner, messages, diaryView::reload, () -> reloads++);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path csv(String text) throws Exception {
        return Files.writeString(files.resolve("days.csv"), text, StandardCharsets.UTF_8);
    }

    /** Prepares the import of HeadBack's own CSV file, which never asks for a mapping. */
    private void prepare(Path file, BiConsumer<ImportPlan, ImportPreview> ready) {
        transfer.prepareImport(file, ready, mapping -> fail("HeadBack's own file was taken for another diary's"));
    }

    @Test
    void prepareImport_previewsNewAndConflictingDays_beforeAnythingIsWritten() throws Exception {
        diary.save(DayEntry.on(TODAY).backPain(2).build());
        var file = csv("date,back_pain,headache,mood\n2026-11-20,1,1,ok\n2026-11-21,5,5,bad\n");
        var preview = new AtomicReference<ImportPreview>();
        var plan = new AtomicReference<ImportPlan>();
        prepare(file, (p, v) -> {
            plan.set(p);
            preview.set(v);
        });

        assertThat(preview.get().newDays()).isEqualTo(1);
        assertThat(preview.get().conflicts()).containsExactly(TODAY);
        assertThat(preview.get().firstConflict()).contains(new ImportPlan.DayInFile(TODAY, Optional.of(3L)));
        assertThat(ImportText.describe("days.csv", preview.get())).isEqualTo("days.csv: 2 days from 2026-11-20 to "
                + "2026-11-21.\n1 is new, 1 is already in your diary (first 2026-11-21, line 3).\n"
                + "Columns HeadBack does not use, and will ignore: mood.");
        assertThat(diary.count()).isEqualTo(1);

        transfer.importDays(plan.get(), ConflictMode.SKIP);
        assertThat(diary.count()).isEqualTo(2);
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::backPain).isEqualTo(2);
        assertThat(diaryView.messageProperty().get())
                .isEqualTo("days.csv: imported 1 day; skipped 1 day already in the diary; ignored column mood.");
    }

    @Test
    void thePreviewOfAFileTickingThousandsOfNewFactors_namesTheFirstTwentyAndCountsTheRest() {
        var names = IntStream.range(0, 10_000).mapToObj(i -> "f" + i).toList();
        var day = LocalDate.of(2026, 11, 21);
        var preview = new ImportPreview(1, List.of(), Optional.of(day), Optional.of(day), List.of(), Optional.empty(),
                names);

        assertThat(ImportText.describe("days.csv", preview)).endsWith("(10,000 new factors): "
                + String.join(", ", names.subList(0, 20)) + " and 9,980 more.");
    }

    @Test
    void prepareImport_namesTheFactorsTheDiaryDoesNotKnow_andTheImportSaysItAddedThem() throws Exception {
        var file = csv("date,back_pain,headache,factors\n2026-11-21,3,0,stairs;heat pad\n");
        var preview = new AtomicReference<ImportPreview>();
        var plan = new AtomicReference<ImportPlan>();
        prepare(file, (p, v) -> {
            plan.set(p);
            preview.set(v);
        });

        assertThat(ImportText.describe("days.csv", preview.get())).isEqualTo("days.csv: 1 day from 2026-11-21 to "
                + "2026-11-21.\n1 is new.\nFactors your diary does not have yet, which the import adds as your own "
                + "(2 new factors): heat pad, stairs.");
        transfer.importDays(plan.get(), ConflictMode.FAIL);
        assertThat(diaryView.messageProperty().get())
                .isEqualTo("days.csv: imported 1 day; added 2 new factors: heat pad, stairs.");
    }

    @Test
    void badFile_isReportedWithItsLine_andNothingIsImported() throws Exception {
        var file = csv("date,back_pain,headache\n2026-11-20,1,1\n2026-11-21,12,1\n");
        prepare(file, (p, v) -> { });
        assertThat(diaryView.messageProperty().get())
                .isEqualTo("Nothing was imported. days.csv, line 3, back_pain: 12 is not between 0 and 10");
        assertThat(diary.count()).isZero();
    }

    @Test
    void prepareImport_ofASpreadsheetFile_previewsItsDays_withoutItsEmptyColumnsAndRows() throws Exception {
        var file = Files.write(files.resolve("days.csv"), ("\uFEFFdate;back_pain;headache;sleep_hours;;\r\n"
                + "2026-11-20;1;1,0;7,33333333333333;;\r\n;;;;;\r\n").getBytes(StandardCharsets.UTF_8));
        var preview = new AtomicReference<ImportPreview>();
        var plan = new AtomicReference<ImportPlan>();
        prepare(file, (p, v) -> {
            plan.set(p);
            preview.set(v);
        });
        assertThat(ImportText.describe("days.csv", preview.get()))
                .isEqualTo("days.csv: 1 day from 2026-11-20 to 2026-11-20.\n1 is new.");
        assertThat(plan.get().days()).containsExactly(DayEntry.on(TODAY.minusDays(1)).backPain(1).headache(1)
                .sleepHours(7.333333).build());
    }

    @Test
    void prepareImport_ofAWindows1252File_saysWhereAndWhatToDo_asTheCommandLineDoes() throws Exception {
        var file = Files.write(files.resolve("days.csv"), ("date,back_pain,headache,notes\r\n"
                + "2026-11-20,1,1,caf\u00e9\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        prepare(file, (p, v) -> { });
        assertThat(diaryView.messageProperty().get()).isEqualTo("Nothing was imported. days.csv, line 2, notes: the "
                + "text is not UTF-8 (byte 0xE9 after “caf”); Excel's plain CSV format writes letters such as é "
                + "another way: save the file as CSV UTF-8 (in other programs, choose the encoding UTF-8)");
        assertThat(diary.count()).isZero();
    }

    @Test
    void importCancelledMidway_changesNothing_andSaysSo() throws Exception {
        var file = csv("date,back_pain,headache\n2026-11-18,1,1\n2026-11-19,2,2\n2026-11-20,1,1\n"
                + "2026-11-21,2,2\n");
        var plan = new AtomicReference<ImportPlan>();
        prepare(file, (p, v) -> plan.set(p));
        runner.cancelAfter(2);
        transfer.importDays(plan.get(), ConflictMode.FAIL);
        assertThat(runner.progressProperty().get()).isEqualTo(0.5);
        assertThat(diary.count()).isZero();
        assertThat(diaryView.messageProperty().get()).isEqualTo("Import cancelled: nothing was changed.");
    }

    @Test
    void cancelledImport_changesNothing_andSaysSo() throws Exception {
        var file = csv("date,back_pain,headache\n2026-11-20,1,1\n2026-11-21,2,2\n");
        var plan = new AtomicReference<ImportPlan>();
        prepare(file, (p, v) -> plan.set(p));
        runner.cancel();
        transfer.importDays(plan.get(), ConflictMode.FAIL);
        assertThat(diary.count()).isZero();
        assertThat(diaryView.messageProperty().get()).isEqualTo("Import cancelled: nothing was changed.");
    }

    @Test
    void export_writesTheRangeAndSaysHowMany() throws Exception {
        diary.save(DayEntry.on(TODAY.minusDays(10)).build());
        diary.save(DayEntry.on(TODAY).headache(3).build());
        var target = files.resolve("out.csv");
        transfer.export(target, TODAY.minusDays(1), null);
        assertThat(Files.readAllLines(target)).hasSize(2).last().asString().startsWith("2026-11-21,0,,3,");
        assertThat(diaryView.messageProperty().get()).isEqualTo("Exported 1 day to " + target + ".");
    }

    @Test
    void export_ontoTheDataFoldersOwnFiles_isRefused_andChangesNothing() throws Exception {
        diary.save(DayEntry.on(TODAY).headache(3).build());
        KeptFilesFixture.fill(dataDir);
        var before = KeptFilesFixture.snapshot(dataDir);
        for (var target : KeptFilesFixture.forbidden(dataDir, files, "csv")) {
            transfer.export(target, null, null);
            assertThat(diaryView.messageProperty().get()).as(target.toString())
                    .startsWith("The diary was not exported: " + target + " ").endsWith("; choose another file.");
            assertThat(KeptFilesFixture.snapshot(dataDir)).as(target.toString()).isEqualTo(before);
        }
    }

    @Test
    void export_withAReversedRange_writesNothing_andSaysSo() throws Exception {
        diary.save(DayEntry.on(TODAY).headache(3).build());
        var earlier = Files.writeString(files.resolve("out.csv"), "last week's export\n");
        transfer.export(earlier, TODAY, TODAY.minusDays(5));
        assertThat(diaryView.messageProperty().get()).isEqualTo("The diary was not exported: The range is "
                + "reversed: the last day " + Dates.ofUser().shown(TODAY.minusDays(5)) + " is before the first day "
                + Dates.ofUser().shown(TODAY) + "; nothing was written.");
        assertThat(earlier).hasContent("last week's export");
    }

    @Test
    void export_ofNoDay_leavesTheEarlierFile_andSaysSo() throws Exception {
        var earlier = Files.writeString(files.resolve("out.csv"), "last week's export\n");
        transfer.export(earlier, null, null);
        assertThat(diaryView.messageProperty().get())
                .isEqualTo("The diary was not exported: The diary has no recorded days yet; nothing was written.");
        diary.save(DayEntry.on(TODAY).headache(3).build());
        transfer.export(earlier, TODAY.minusDays(30), TODAY.minusDays(1));
        assertThat(diaryView.messageProperty().get()).isEqualTo("The diary was not exported: No days are recorded "
                + "from " + TODAY.minusDays(30) + " to " + TODAY.minusDays(1) + "; nothing was written.");
        transfer.export(earlier, null, TODAY.minusDays(1));
        assertThat(diaryView.messageProperty().get()).isEqualTo("The diary was not exported: No days are recorded "
                + "up to " + TODAY.minusDays(1) + "; nothing was written.");
        assertThat(earlier).hasContent("last week's export");
    }

    @Test
    void export_cancelledMidway_leavesTheEarlierFile_andNoPartialFile() throws Exception {
        for (int i = 0; i < 10; i++) {
            diary.save(DayEntry.on(TODAY.minusDays(i)).headache(3).build());
        }
        var earlier = Files.writeString(files.resolve("out.csv"), "last week's export\n");
        runner.cancelAfter(5);
        transfer.export(earlier, null, null);
        assertThat(runner.progressProperty().get()).isEqualTo(0.5);
        assertThat(diaryView.messageProperty().get()).isEqualTo("Export cancelled: nothing was written.");
        assertThat(earlier).hasContent("last week's export");
        try (var listing = Files.list(files)) {
            assertThat(listing).containsExactly(earlier);
        }
    }

    @Test
    void export_cancelled_leavesTheEarlierFile_andNoPartialFile() throws Exception {
        diary.save(DayEntry.on(TODAY).headache(3).build());
        var earlier = Files.writeString(files.resolve("out.csv"), "last week's export\n");
        runner.cancel();
        transfer.export(earlier, null, null);
        assertThat(diaryView.messageProperty().get()).isEqualTo("Export cancelled: nothing was written.");
        assertThat(earlier).hasContent("last week's export");
        try (var listing = Files.list(files)) {
            assertThat(listing).containsExactly(earlier);
        }
    }

    @Test
    void restore_bringsBackTheDiaryOfTheBackup_andReloadsEverything() {
        diary.save(DayEntry.on(TODAY.minusDays(1)).backPain(4).build());
        transfer.backUpIfDue();
        diary.save(DayEntry.on(TODAY).backPain(9).build());
        var listed = new AtomicReference<java.util.List<Backup>>();
        transfer.listBackups(listed::set);
        assertThat(listed.get()).hasSize(1);

        transfer.restore(listed.get().get(0));
        assertThat(diary.day(TODAY)).isEmpty();
        assertThat(diary.day(TODAY.minusDays(1))).isPresent();
        assertThat(reloads).isEqualTo(1);
    }

    @Test
    void exportRange_isCheckedBeforeAFileIsAskedFor() {
        assertThat(DiaryTransferViewModel.exportRangeProblem(TODAY, TODAY.minusDays(5)))
                .isEqualTo("The range is reversed: the last day " + Dates.ofUser().shown(TODAY.minusDays(5))
                        + " is before the first day " + Dates.ofUser().shown(TODAY) + ".");
        assertThat(DiaryTransferViewModel.exportRangeProblem(TODAY.minusDays(5), TODAY)).isEmpty();
        assertThat(DiaryTransferViewModel.exportRangeProblem(null, TODAY)).isEmpty();
        assertThat(DiaryTransferViewModel.exportRangeProblem(null, null)).isEmpty();
    }
}
