package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.headback.storage.SqliteSettingsStore;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Reminder… as a user meets it: off at first, turned on at a time and off again, each choice saved at once. */
class ReminderWindowFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    private void openDialog(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("File").clickOn("Reminder…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".reminder-form").tryQuery().isPresent());
        waitUntilIdle();
    }

    private void enterTime(FxRobot robot, String text) throws Exception {
        var field = robot.lookup(".reminder-time").queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
        robot.clickOn(field).type(KeyCode.ENTER);
        waitUntilIdle();
    }

    @Test
    void reminder_isOffAtFirst_turnsOnAtATime_refusesOneThatIsNone_andTurnsOffAgain(FxRobot robot) throws Exception {
        STARTED.clear();
        var entry = dataDir.resolve("config").resolve("autostart").resolve("headback-reminder.desktop");
        openDialog(robot);
        var on = robot.lookup(".reminder-on").queryAs(CheckBox.class);
        var registered = robot.lookup(".reminder-registered").queryAs(Label.class);
        assertThat(on.isSelected()).isFalse();
        assertThat(robot.lookup(".reminder-time").queryAs(TextField.class).getText()).isEqualTo("20:00");
        assertThat(registered.getText()).startsWith("Nothing is registered");
        assertThat(entry).doesNotExist();

        enterTime(robot, "7:30");
        robot.clickOn(on);
        waitUntilIdle();
        assertThat(entry).exists();
        assertThat(Files.readString(entry)).contains("reminder wait", dataDir.toString());
        assertThat(new SqliteSettingsStore(database).all()).containsEntry("reminder.on", "true")
                .containsEntry("reminder.at", "07:30");
        assertThat(STARTED).hasSize(1);
        assertThat(registered.getText()).isEqualTo("It starts when you log in, from " + entry + ".");

        enterTime(robot, "21:45");
        assertThat(new SqliteSettingsStore(database).all()).containsEntry("reminder.at", "21:45");
        enterTime(robot, "25:00");
        assertThat(robot.lookup(".reminder-problem").queryAs(Label.class).getText())
                .isEqualTo("25:00 is not a time of day in the form HH:MM, from 00:00 to 23:59 (8 pm is 20:00).");
        enterTime(robot, "8pm");
        assertThat(robot.lookup(".reminder-problem").queryAs(Label.class).getText()).startsWith("8pm is not a time");
        assertThat(new SqliteSettingsStore(database).all()).containsEntry("reminder.at", "21:45");

        robot.clickOn(on);
        waitUntilIdle();
        assertThat(entry).doesNotExist();
        assertThat(new SqliteSettingsStore(database).all()).containsEntry("reminder.on", "false");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".reminder-form").tryQuery().isEmpty());
    }

    @Test
    void theNotificationsClick_showsTodaysEntry_inTheDiary(FxRobot robot) throws Exception {
        waitUntilIdle();
        var tabs = robot.lookup(".right-tabs").queryAs(TabPane.class);
        robot.clickOn("Charts");
        waitUntilIdle();
        robot.interact(() -> app.showToday());
        waitUntilIdle();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Diary");
        assertThat(robot.lookup("#backPainField").query().isFocused()).isTrue();
    }
}
