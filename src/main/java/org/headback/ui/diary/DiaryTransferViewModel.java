package org.headback.ui.diary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.headback.diary.ConflictMode;
import org.headback.diary.Diary;
import org.headback.diary.DiaryExport;
import org.headback.diary.ImportPlan;
import org.headback.diary.ImportPreview;
import org.headback.diary.other.DiaryFile;
import org.headback.diary.other.OtherDiary;
import org.headback.output.Outputs;
import org.headback.safekeeping.Backup;
import org.headback.safekeeping.DiaryBackups;
import org.headback.text.Dates;
import org.headback.text.Words;
import org.headback.ui.DayPickers;
import org.headback.ui.StatusMessages;
import org.headback.ui.TaskRunner;
import org.headback.work.CancelledException;

/** Moving the diary in and out: CSV import with a preview, CSV export, and restoring a backup. */
public final class DiaryTransferViewModel {
    private final Diary diary;
    private final DiaryBackups backups;
    private final Outputs outputs;
    private final TaskRunner runner;
    private final StatusMessages messages;
    private final Runnable daysChanged;
    private final Runnable dataReplaced;

    /**
     * @param messages     the diary's message line, which says what became of each transfer
     * @param daysChanged  called after an import, when the diary shown must be read again
     * @param dataReplaced called after a restore, when everything shown from the database must be read again
     */
    public DiaryTransferViewModel(Diary diary, DiaryBackups backups, Outputs outputs, TaskRunner runner,
                                  StatusMessages messages, Runnable daysChanged, Runnable dataReplaced) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.backups = Objects.requireNonNull(backups, "backups");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.daysChanged = Objects.requireNonNull(daysChanged, "daysChanged");
        this.dataReplaced = Objects.requireNonNull(dataReplaced, "dataReplaced");
    }

    /**
     * Reads and checks a diary file (the user can cancel). HeadBack's own CSV file's days, and what importing them
     * would do, go to {@code ready}; another diary's file goes to {@code mapping}, for the user to say what each of
     * its trackables becomes (its Headi times read in this computer's time zone until they choose another).
     */
    public void prepareImport(Path file, BiConsumer<ImportPlan, ImportPreview> ready,
                              Consumer<MappingViewModel> mapping) {
        var zone = ZoneId.systemDefault();
        runner.runCancellable("Reading " + file.getFileName() + "…", progress -> {
            var read = DiaryFile.read(file, Optional.empty(), zone, diary.today(), progress);
            return read instanceof DiaryFile.HeadBackDays own ? new Prepared(read, diary.preview(own.plan()))
                    : new Prepared(read, null);
        }, prepared -> {
            if (prepared.file() instanceof DiaryFile.HeadBackDays own) {
                ready.accept(own.plan(), prepared.preview());
            } else {
                var choices = new MappingViewModel(diary, runner, file, (OtherDiary) prepared.file(), zone,
                        this::importDays);
                choices.refresh();
                mapping.accept(choices);
            }
        }, this::importFailed);
    }

    private record Prepared(DiaryFile file, ImportPreview preview) {
    }

    /** Imports checked days, all or nothing; the user can cancel, which changes nothing. */
    public void importDays(ImportPlan plan, ConflictMode mode) {
        runner.runCancellable("Importing " + plan.fileName() + "…", progress ->
                diary.importDays(plan, mode, progress), result -> {
                    messages.tell(plan.fileName() + ": " + result.summary() + ".");
                    daysChanged.run();
                }, this::importFailed);
    }

    private void importFailed(Throwable error) {
        if (error instanceof CancelledException) {
            messages.warn("Import cancelled: nothing was changed.");
        } else {
            messages.failure("Nothing was imported. " + error.getMessage());
        }
    }

    /**
     * What is wrong with the days chosen for an export, or "" when they can be exported: asked before the file is
     * chosen, so that a reversed range is refused before the user picks a file for it.
     */
    public static String exportRangeProblem(LocalDate from, LocalDate to) {
        return DiaryExport.rangeProblem(from, to, DayPickers.rangeFields(false)).orElse("");
    }

    /**
     * Writes the days from {@code from} to {@code to} (null for open-ended) to a CSV file; the user can cancel, which
     * leaves the file as it was. A reversed range, or one without a recorded day, writes nothing.
     */
    public void export(Path file, LocalDate from, LocalDate to) {
        var problem = exportRangeProblem(from, to);
        if (!problem.isEmpty()) {
            messages.warn("The diary was not exported: " + problem.substring(0, problem.length() - 1)
                    + "; nothing was written.");
            return;
        }
        runner.runCancellable("Exporting to " + file.getFileName() + "…", progress ->
                DiaryExport.toFile(outputs, diary, from, to, file, progress), count -> messages.tell("Exported "
                        + Words.count("day", count) + " to " + file + "."), this::exportFailed);
    }

    private void exportFailed(Throwable error) {
        if (error instanceof CancelledException) {
            messages.warn("Export cancelled: nothing was written.");
        } else {
            messages.failure("The diary was not exported: " + error.getMessage());
        }
    }

    /** The backups there are, newest first, for the user to choose from. */
    public void listBackups(Consumer<List<Backup>> ready) {
        runner.run("Looking for backups…", backups::list, ready,
                error -> messages.failure("The backups could not be listed: " + error.getMessage()));
    }

    /** Makes a backup the live diary, after keeping a copy of the current file. */
    public void restore(Backup backup) {
        runner.run("Restoring the backup of " + Dates.ofUser().shown(backup.date()) + "…", () -> {
            backups.restore(backup);
            return backup;
        }, restored -> {
            messages.tell("Restored the backup of " + Dates.ofUser().shown(restored.date())
                    + "; the diary as it was before is kept in "
                    + "the backups folder.");
            dataReplaced.run();
        }, error -> messages.failure("Nothing was restored: " + error.getMessage()));
    }

    /** Makes today's backup if there is none yet. */
    public void backUpIfDue() {
        runner.run("Backing up the diary…", backups::backUpIfDue, made -> { },
                error -> messages.failure("Today's backup could not be made: " + error.getMessage()));
    }
}
