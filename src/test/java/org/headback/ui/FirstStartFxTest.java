package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.headback.testing.Pom;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window a new user meets: an empty diary says how to begin, and today is one shortcut away from anywhere. */
class FirstStartFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    @Test
    void anEmptyDiary_offersToRecordToday_orImportADiary(FxRobot robot) throws Exception {
        waitUntilIdle();
        var steps = robot.lookup(".first-steps").query();
        assertThat(steps.isVisible()).isTrue();
        assertThat(robot.lookup(".first-steps .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).containsExactly("Record Today", "Import a Diary…");
    }

    @Test
    void ctrlT_fromTheCharts_opensTodayInTheDiary_withTheCursorInItsFirstField(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Charts");
        waitUntilIdle();
        robot.clickOn(".article-view");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitUntilIdle();
        WaitForAsyncUtils.waitForFxEvents();

        var tabs = robot.lookup(".right-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Diary");
        assertThat(app.diaryViewModel().selectedProperty().get()).isEqualTo(app.diaryViewModel().today());
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isEqualTo("backPainField");
    }

    @Test
    void aboutHeadBack_fromTheHelpMenu_namesThePomsVersion(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Help").clickOn("About HeadBack");
        WaitForAsyncUtils.waitForFxEvents();
        var dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("HeadBack " + Pom.version());
        robot.targetWindow(dialog.getScene().getWindow()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(stage);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void theGuide_explainsRecording_notRecorded_chartsAndTheReport() {
        assertThat(HelpDialogs.GUIDE).contains("Ctrl+T").contains("Not recorded").contains("Charts")
                .contains("Report for the doctor");
        assertThat(HelpDialogs.SHORTCUTS).contains("Ctrl+T").contains("Ctrl+L");
    }
}
