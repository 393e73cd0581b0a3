package org.headback.ui.charts;

import javafx.stage.Window;
import org.headback.ui.report.ReportDialogs;

/** "Report…", from the menu or the Charts tab: the days and format, then the file, then the report is written. */
public final class ReportAction {
    private ReportAction() {
    }

    /** Asks, starting from the charts' range, and writes the report with the charts' thresholds. */
    public static void run(Window owner, ChartsViewModel charts) {
        ReportDialogs.ask(owner, charts.reportRange(), charts.today()).ifPresent(request ->
                ReportDialogs.chooseFile(owner, request).ifPresent(file -> charts.writeReport(request, file)));
    }
}
