package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Same as yesterday" in the real window: a copy is shown as not saved, and only Enter records it. */
class SameAsYesterdayFxTest extends WindowTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final DayEntry YESTERDAY = DayEntry.on(TODAY.minusDays(1)).backPain(5).headache(3).stress(4)
            .notes("a long drive").build();

    @Start
    void start(Stage window) {
        begin(window);
    }

    @Override
    void prepare(Diary diary) {
        diary.save(YESTERDAY);
    }

    private void copyWithAltY(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("#backPainField");
        robot.press(KeyCode.ALT).type(KeyCode.Y).release(KeyCode.ALT);
        waitUntilIdle();
        assertThat(robot.lookup("#backPainField").queryAs(TextField.class).getText()).isEqualTo("5");
        assertThat(robot.lookup(".save-state").queryAs(Label.class).getText()).startsWith("Copied from ")
                .contains("not saved");
        assertThat(robot.lookup(".keep-copy").query().isVisible()).isTrue();
    }

    @Test
    void copiedDay_notConfirmed_staysNotRecorded_afterSwitchingDays(FxRobot robot) throws Exception {
        copyWithAltY(robot);
        // A pause in typing, leaving the field: what saves any other change does not save a copy.
        clickInView(robot, "#headacheField");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("4").sleep(900);
        waitUntilIdle();
        assertThat(robot.lookup(".save-state").queryAs(Label.class).getText()).startsWith("Copied from ");

        robot.interact(() -> app.diaryViewModel().select(TODAY.minusDays(1)));
        waitUntilIdle();
        robot.interact(() -> app.diaryViewModel().goToToday());
        waitUntilIdle();

        assertThat(diary(database).day(TODAY)).isEmpty();
        assertThat(robot.lookup(".save-state").queryAs(Label.class).getText())
                .isEqualTo("Not recorded: any change records this day");
    }

    @Test
    void copiedDay_notConfirmed_staysNotRecorded_afterClosingTheWindow(FxRobot robot) throws Exception {
        copyWithAltY(robot);

        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runner.busyProperty().get());

        assertThat(diary(database).day(TODAY)).isEmpty();
    }

    @Test
    void copiedDay_confirmedWithEnter_isRecorded_withoutTheNotes(FxRobot robot) throws Exception {
        copyWithAltY(robot);

        robot.type(KeyCode.ENTER);
        waitUntilIdle();

        assertThat(diary(database).day(TODAY)).contains(DayEntry.on(TODAY).backPain(5).headache(3).stress(4).build());
        assertThat(robot.lookup(".save-state").queryAs(Label.class).getText()).startsWith("Saved at ");
        assertThat(robot.lookup(".keep-copy").query().isVisible()).isFalse();
    }

    @Test
    void sameAsTheDayBefore_whenItIsNotRecorded_saysSo(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.interact(() -> app.diaryViewModel().select(TODAY.minusDays(3)));
        waitUntilIdle();

        robot.clickOn(".same-as-yesterday");
        waitUntilIdle();

        assertThat(app.diaryViewModel().messageProperty().get()).endsWith("is not recorded: there is nothing to copy.");
        assertThat(diary(database).day(TODAY.minusDays(3))).isEmpty();
    }
}
