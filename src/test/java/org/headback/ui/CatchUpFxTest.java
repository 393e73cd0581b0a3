package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Catching up from the keyboard: the line offers it, Alt+U opens the days missed, and N records each as "nothing to
 * note"; the keys and the time it takes for three days are counted and printed.
 */
class CatchUpFxTest extends WindowTest {
    private static final LocalDate TODAY = LocalDate.now();

    @Start
    void start(Stage window) {
        begin(window);
    }

    @Override
    void prepare(Diary diary) {
        diary.save(DayEntry.on(TODAY.minusDays(30)).backPain(2).headache(1).build());
        for (int ago = 5; ago <= 14; ago++) {
            diary.save(DayEntry.on(TODAY.minusDays(ago)).backPain(1).headache(2).build());
        }
        diary.save(DayEntry.on(TODAY.minusDays(1)).backPain(3).headache(0).build());
    }

    @Test
    void threeMissedDays_areRecordedAsNothingToNote_withFiveKeys_andTheLineGoesAway(FxRobot robot) throws Exception {
        waitUntilIdle();
        var line = robot.lookup(".catch-up-line").query();
        assertThat(line.isVisible()).isTrue();
        assertThat(robot.lookup(".catch-up-text").queryAs(Label.class).getText())
                .isEqualTo("3 of the last 14 days are not recorded yet.");
        int keys = 0;
        long start = System.nanoTime();

        robot.press(KeyCode.ALT).type(KeyCode.U).release(KeyCode.ALT);
        keys++;
        WaitForAsyncUtils.waitForFxEvents();
        var focused = (TextField) robot.window("Catch Up").getScene().getFocusOwner();
        assertThat(focused.getAccessibleText()).isEqualTo("Back pain, "
                + org.headback.text.Dates.ofUser().withWeekday(TODAY.minusDays(2)));
        for (int day = 0; day < 3; day++) {
            robot.type(KeyCode.N);
            keys++;
        }
        waitUntilIdle();
        robot.type(KeyCode.ESCAPE);
        keys++;
        WaitForAsyncUtils.waitForFxEvents();
        long millis = (System.nanoTime() - start) / 1_000_000;

        for (int ago = 2; ago <= 4; ago++) {
            var day = TODAY.minusDays(ago);
            assertThat(diary(database).day(day)).as("day %d ago", ago)
                    .contains(DayEntry.on(day).backPain(0).headache(0).build());
        }
        assertThat(keys).isEqualTo(5);
        assertThat(Window.getWindows()).noneMatch(window -> window != stage && window.isShowing());
        assertThat(line.isVisible()).as("no day of the last 14 is missing").isFalse();
        System.out.printf("Catching up: 3 days as nothing to note in %d keys, %d ms%n", keys, millis);
    }

    @Test
    void aDayRecordedElsewhere_leavesTheLine(FxRobot robot) throws Exception {
        waitUntilIdle();
        var diary = diary(database);
        for (int ago = 2; ago <= 4; ago++) {
            diary.save(DayEntry.on(TODAY.minusDays(ago)).backPain(0).headache(0).build());
        }

        robot.interact(() -> app.diaryViewModel().reload());
        waitUntilIdle();

        assertThat(robot.lookup(".catch-up-line").query().isVisible()).isFalse();
    }

    @Test
    void notNow_hidesTheLine_andNothingIsRecorded(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Not Now");
        waitUntilIdle();

        assertThat(robot.lookup(".catch-up-line").query().isVisible()).isFalse();
        assertThat(diary(database).day(TODAY.minusDays(2))).isEmpty();
    }
}
