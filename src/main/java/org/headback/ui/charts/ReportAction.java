package org.headback.ui.charts;

import java.time.LocalDate;
import javafx.stage.Window;
import org.headback.ui.report.ReportDialogs;
import org.headback.ui.report.ReportViewModel;

/**
 * "Report…", from the menu or the Charts tab: the days, thresholds, name and format, then the file, then the report
 * is written.
 */
public final class ReportAction {
    private ReportAction() {
    }

    /**
     * Asks, starting from the charts' range and thresholds and the name and date of birth given last, remembers
     * those, and writes the report as asked.
     */
    public static void run(Window owner, ChartsViewModel charts, ReportViewModel report) {
        charts.readLatestDay(latest -> ask(owner, charts, report, latest));
    }

    private static void ask(Window owner, ChartsViewModel charts, ReportViewModel report, LocalDate latest) {
        var start = new ReportDialogs.Start(charts.reportRange(latest), charts.reportThresholds(),
                report.personProperty().get(), charts.comparedRanges());
        ReportDialogs.ask(owner, start, new ReportDialogs.Days(charts.today(), latest)).ifPresent(request -> {
            report.remember(request.person());
            ReportDialogs.chooseFile(owner, request).ifPresent(file -> report.write(request, file));
        });
    }
}
