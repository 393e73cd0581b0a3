package org.headback.ui.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.headback.chart.DateRange;
import org.headback.diary.Diary;
import org.headback.output.Outputs;
import org.headback.report.DoctorReports;
import org.headback.report.ReportData;
import org.headback.report.ReportFormat;
import org.headback.stats.Thresholds;
import org.headback.ui.TaskRunner;

/**
 * The report for the doctor from the window: written in the background with progress and a cancel button, then a
 * message that names the file, or says why there is none.
 */
public final class ReportViewModel {
    /** What the user asked for: which days, and as what. */
    public record Request(DateRange range, ReportFormat format) {
        public Request {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(format, "format");
        }

        /** "headback-report-2026-08-01-to-2026-10-30.pdf". */
        public String fileName() {
            return DoctorReports.fileName(range, format);
        }
    }

    // Properties
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Diary diary;
    private final Outputs outputs;
    private final TaskRunner runner;

    public ReportViewModel(Diary diary, Outputs outputs, TaskRunner runner) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.runner = Objects.requireNonNull(runner, "runner");
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

    /**
     * Writes the report to {@code file} (see {@link #target}); the thresholds say what makes a back-pain day and a
     * headache day.
     */
    public void write(Request request, Thresholds thresholds, Path file) {
        var target = target(file, request.format());
        var format = ReportFormat.ofFile(target).orElse(request.format());
        var name = target.getFileName();
        message.set("");
        runner.runCancellable("Writing the report " + name + "…", (progress, cancelled) -> {
            var data = ReportData.read(diary, request.range(), thresholds);
            return DoctorReports.write(outputs, data, format, target, progress::done, cancelled);
        }, written -> message.set("Saved the report as " + name + " (" + written.size() + ") in "
                + target.toAbsolutePath().getParent() + "."), error -> message.set(failure(error)));
    }

    private static String failure(Throwable error) {
        if (error instanceof CancellationException) {
            return DoctorReports.CANCELLED;
        }
        return "The report was not saved: " + error.getMessage();
    }

    // Accessors

    /** What happened to the last report, for the charts' message line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
