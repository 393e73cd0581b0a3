package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.headback.cli.Cli;
import org.headback.diary.DayEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window open while the command line imports days into the same data folder. */
class ExternalChangesFxTest extends WindowTest {
    @TempDir
    Path files;

    @Start
    void start(Stage window) {
        begin(window);
    }

    @Test
    void daysImportedByTheCommandLine_showInTheOpenWindow(FxRobot robot) throws Exception {
        waitUntilIdle();
        var today = LocalDate.now();
        var days = new StringBuilder("date,back_pain,headache\n");
        for (int back = 1; back <= 3; back++) {
            days.append(today.minusDays(back)).append(',').append(back).append(",2\n");
        }
        var csv = Files.writeString(files.resolve("other-app.csv"), days);
        var err = new StringWriter();
        // The command line's own connection to the file, as from a terminal beside the window.
        int code = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(err), dir -> { })
                .run("--data-dir", dataDir.toString(), "diary", "import", csv.toString());
        assertThat(code).as(err.toString()).isZero();
        // The window looks every few seconds, and when it comes back into focus (which headless windows never lose).
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.diaryViewModel().recentDays().size() == 3);
        waitUntilIdle();

        assertThat(app.diaryViewModel().recentDays()).extracting(DayEntry::date)
                .containsExactly(today.minusDays(1), today.minusDays(2), today.minusDays(3));
    }
}
