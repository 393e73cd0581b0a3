package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.headback.diary.DayEntry;
import org.headback.diary.other.Role;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mapping step of importing another diary's file, in the real window: Bearable's sample, one of its factors left
 * out, the one-pain choice made, imported with Alt+I, and its chosen days (its fixture's expected.md) in the diary.
 */
class MappingDialogFxTest extends WindowTest {
    private static final String TITLE = "Import Another Diary";

    @Start
    void start(Stage window) {
        begin(window);
    }

    private static Path sample(String app, String file) {
        try {
            return Path.of(MappingDialogFxTest.class.getResource("/other-diaries/" + app + "/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void open(FxRobot robot, Path file) throws Exception {
        waitUntilIdle();
        robot.interact(() -> app.importDiary(file));
        waitUntilIdle();
    }

    private static Button importButton(FxRobot robot) {
        return robot.from(robot.window(TITLE).getScene().getRoot()).lookup(".button")
                .match((Button button) -> "_Import".equals(button.getText())).queryAs(Button.class);
    }

    @Test
    void bearable_aFactorLeftOut_andTheOnePainChoice_importTheDaysOfItsExpectedList(FxRobot robot)
            throws Exception {
        open(robot, sample("bearable", "sample-Bearable_Export_20240418.csv"));
        var dialog = robot.window(TITLE);
        assertThat(dialog.getHeight()).as("fits a 700-pixel-high screen").isLessThanOrEqualTo(700);
        assertThat(dialog.getWidth()).as("fits a 1024-pixel-wide screen").isLessThanOrEqualTo(1024);
        assertThat(robot.lookup("#mappingHolds").queryAs(Label.class).getText())
                .startsWith("sample-Bearable_Export_20240418.csv: Bearable (");
        assertThat(robot.lookup("#mappingOnePainDays").queryAs(Label.class).getText())
                .startsWith("16 days have a score of only one of the two pains: 2024-03-04,");
        assertThat(importButton(robot).isDisabled()).as("no one-pain choice yet").isTrue();
        assertThat(robot.lookup("#mappingProblem").queryAs(Label.class).getText())
                .isEqualTo("Choose what becomes of the days with a score of only one of the two pains.");

        var walk = robot.lookup(".mapping-role").match((ChoiceBox<?> box) -> "What Walk becomes"
                .equals(box.getAccessibleText())).<ChoiceBox<Role>>query();
        assertThat(walk.getValue()).isEqualTo(Role.FACTOR);
        robot.interact(walk::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(robot, walk)).as("the list scrolls to the control the keyboard is on").isTrue();
        robot.clickOn(walk);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".context-menu .label").match((Label label) -> "Not used".equals(label.getText()))
                .<Node>query());
        waitUntilIdle();
        assertThat(walk.getValue()).isEqualTo(Role.NOT_USED);

        robot.clickOn(robot.lookup("#mappingOnePainSkip").queryAs(RadioButton.class));
        waitUntilIdle();
        assertThat(robot.lookup("#mappingPreview").queryAs(Label.class).getText())
                .startsWith("Would import 26 days.").contains("Walk, on ");
        assertThat(importButton(robot).isDisabled()).isFalse();

        robot.press(KeyCode.ALT).type(KeyCode.I).release(KeyCode.ALT);
        waitUntilIdle();

        assertThat(Window.getWindows()).noneMatch(window -> window != stage && window.isShowing());
        var diary = diary(database);
        assertThat(diary.count()).isEqualTo(26);
        assertThat(fields(diary.day(LocalDate.parse("2024-03-09")).orElseThrow()))
                .isEqualTo("8,3,-,[simple_analgesic Ibuprofen 400 mg, simple_analgesic Ibuprofen 400 mg],"
                        + "[Heat pad, Sedentary]");
        assertThat(fields(diary.day(LocalDate.parse("2024-03-12")).orElseThrow()))
                .isEqualTo("3,8,MIGRAINE,[simple_analgesic Ibuprofen 400 mg, triptan Sumatriptan 50 mg],[Poor sleep, "
                        + "Sedentary, Stressful day, Trouble falling asleep, Woke up often]");
        assertThat(diary.day(LocalDate.parse("2024-03-16"))).isEmpty();
        assertThat(fields(diary.day(LocalDate.parse("2024-03-27")).orElseThrow()))
                .as("Walk left out").isEqualTo("5,10,MIGRAINE,[triptan Sumatriptan 50 mg],[Stressful day]");
        assertThat(fields(diary.day(LocalDate.parse("2024-03-28")).orElseThrow()))
                .isEqualTo("3,5,MIGRAINE,[simple_analgesic Ibuprofen 400 mg],[Sedentary]");
    }

    @Test
    void everyControl_isReachedByTab_theOnePainChoiceByArrows_andEscapeCancels(FxRobot robot) throws Exception {
        open(robot, sample("headi", "sample-20240417_213005_headi_diary.csv"));
        var scene = robot.window(TITLE).getScene();
        var zero = robot.lookup("#mappingOnePainZero").queryAs(RadioButton.class);
        Set<String> reached = new LinkedHashSet<>();
        for (int i = 0; i < 20; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            var focused = scene.getFocusOwner();
            reached.add(focused.getAccessibleText() != null ? focused.getAccessibleText()
                    : focused instanceof Button button ? button.getText() : focused.getClass().getSimpleName());
            if (focused == robot.lookup("#mappingOnePainSkip").query()) {
                // The two choices are one stop of Tab, as radio buttons are; the arrows move between them.
                robot.type(KeyCode.DOWN);
                waitUntilIdle();
                assertThat(zero.isSelected()).isTrue();
                assertThat(scene.getFocusOwner()).isSameAs(zero);
            }
        }
        assertThat(reached).contains("Time zone of the file's times", "What Lower back pain becomes",
                "What Migraine becomes", "What Tension headache becomes", "What Ibuprofen 400 becomes",
                "Class of Ibuprofen 400", "What Sumatriptan 50 mg becomes", "Class of Sumatriptan 50 mg",
                "Days with only one pain: leave them out", "_Import", "Cancel");
        assertThat(zero.isSelected()).isTrue();

        robot.type(KeyCode.ESCAPE);
        waitUntilIdle();
        assertThat(Window.getWindows()).noneMatch(window -> window != stage && window.isShowing());
        assertThat(diary(database).count()).isZero();
    }

    private static boolean inView(FxRobot robot, Node node) {
        var scroll = robot.lookup("#mappingScroll").queryAs(ScrollPane.class);
        var inScroll = scroll.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        return inScroll.getMinY() >= 0 && inScroll.getMaxY() <= scroll.getHeight();
    }

    /** "8,3,-,[simple_analgesic Ibuprofen 400 mg],[Heat pad]": the fields of a day that the mapping decides. */
    private static String fields(DayEntry day) {
        return day.backPain() + "," + day.headache() + "," + day.headacheKind().map(Enum::name).orElse("-") + ","
                + day.medications().stream().map(taken -> taken.medicationClass().code() + " " + taken.name() + " "
                + taken.dose()).collect(Collectors.toList()) + "," + day.factors().stream().sorted().toList();
    }
}
