package org.headback.ui.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.headback.chart.BeforeAfterInput;
import org.headback.diary.DateRange;
import org.headback.diary.Diary;
import org.headback.output.Outputs;
import org.headback.report.DoctorReports;
import org.headback.report.ReportData;
import org.headback.report.ReportFormat;
import org.headback.report.ReportPerson;
import org.headback.safekeeping.Settings;
import org.headback.stats.Thresholds;
import org.headback.ui.MessageLine;
import org.headback.ui.TaskRunner;
import org.headback.work.CancelledException;

/**
 * The report for the doctor from the window: written in the background with progress and a cancel button, then a
 * message that names the file, or says why there is none.
 */
public final class ReportViewModel {
    private static final System.Logger LOG = System.getLogger(ReportViewModel.class.getName());

    /**
     * What the user asked for: which days, as what, with which thresholds for a pain day, and for whom (the name
     * and date of birth of the first page, each optional), and the two ranges of a before/after page, if any.
     */
    public record Request(DateRange range, ReportFormat format, Thresholds thresholds, ReportPerson person,
                          Optional<BeforeAfterInput.Ranges> beforeAfter) {
        public Request {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(thresholds, "thresholds");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(beforeAfter, "beforeAfter");
        }

        /** A report without a before/after page. */
        public Request(DateRange range, ReportFormat format, Thresholds thresholds, ReportPerson person) {
            this(range, format, thresholds, person, Optional.empty());
        }

        /** "headback-report-2026-08-01-to-2026-10-30.pdf". */
        public String fileName() {
            return DoctorReports.fileName(range, format);
        }
    }

    // Properties
    private final ReadOnlyObjectWrapper<ReportPerson> person = new ReadOnlyObjectWrapper<>(this, "person",
            ReportPerson.NONE);

    private final Diary diary;
    private final Outputs outputs;
    private final Settings settings;
    private final MessageLine messages;
    private final TaskRunner runner;

    /**
     * Reads the remembered name and date of birth in the background.
     *
     * @param messages the line that says what became of the report
     */
    public ReportViewModel(Diary diary, Outputs outputs, Settings settings, MessageLine messages,
                           TaskRunner runner) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        runner.runQuietly(() -> ReportSettings.person(settings.all(), diary.today()), person::set,
                error -> LOG.log(System.Logger.Level.WARNING, "The report's settings could not be read", error));
    }

    // Commands

    /**
     * The file a chosen name means: as chosen when it ends in .pdf or .png (that extension then sets the format),
     * else with the requested format's extension added.
     */
    public static Path target(Path chosen, ReportFormat format) {
        if (ReportFormat.ofFile(chosen).isPresent()) {
            return chosen;
        }
        return chosen.resolveSibling(chosen.getFileName() + "." + format.extension());
    }

    /** Remembers the name and date of birth for the next report (in the background); nothing when unchanged. */
    public void remember(ReportPerson asked) {
        Objects.requireNonNull(asked, "asked");
        if (asked.equals(person.get())) {
            return;
        }
        person.set(asked);
        var values = ReportSettings.values(asked);
        runner.runQuietly(() -> {
            settings.putAll(values);
            return values;
        }, saved -> { }, error -> LOG.log(System.Logger.Level.WARNING, "The report's settings could not be saved",
                error));
    }

    /**
     * Writes the report to {@code file} (see {@link #target}) with the request's thresholds and person, and its
     * before/after page when it asks for one (compared with the same thresholds).
     */
    public void write(Request request, Path file) {
        var target = target(file, request.format());
        var format = ReportFormat.ofFile(target).orElse(request.format());
        var name = target.getFileName();
        messages.clear();
        runner.runCancellable("Writing the report " + name + "…", progress -> {
            var read = ReportData.read(diary, request.range(), request.thresholds(), request.person());
            var data = request.beforeAfter().map(ranges -> read.withBeforeAfter(BeforeAfterInput.ofDiary(diary,
                    ranges, request.thresholds()))).orElse(read);
            return DoctorReports.write(outputs, data, format, target, progress);
        }, written -> messages.tell("Saved the report as " + name + " (" + written.size() + ") in "
                + target.toAbsolutePath().getParent() + "."), this::failed);
    }

    private void failed(Throwable error) {
        if (error instanceof CancelledException) {
            messages.warn(DoctorReports.CANCELLED);
        } else {
            messages.failure("The report was not saved: " + error.getMessage());
        }
    }

    // Accessors

    /** The name and date of birth the dialog starts from: those of the last report asked for. */
    public ReadOnlyObjectProperty<ReportPerson> personProperty() {
        return person.getReadOnlyProperty();
    }

    /** What happened to the last report, for the charts' message line. */
    public ReadOnlyStringProperty messageProperty() {
        return messages.textProperty();
    }
}
