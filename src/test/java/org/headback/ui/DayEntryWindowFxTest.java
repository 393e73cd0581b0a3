package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.headback.diary.SuggestedFactors;
import org.headback.text.Dates;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The day's entry never misleads: which day, saved or not, empty values, kept typing, and the keyboard. */
class DayEntryWindowFxTest extends WindowTest {
    private static final LocalDate TODAY = LocalDate.now();

    @Start
    void start(Stage window) {
        begin(window);
    }

    private static void scrollTo(FxRobot robot, double vvalue) {
        var scroll = robot.lookup(".diary-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            scroll.layout();
            scroll.setVvalue(vvalue);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    @Test
    void scrolledEntry_keepsTheDayAndItsSaveStatePinnedInView_andNamesADayThatIsNotToday(FxRobot robot)
            throws Exception {
        waitUntilIdle();
        var pinned = robot.lookup(".pinned-day").queryAs(VBox.class);
        assertThat(pinned.isVisible()).as("the heading itself is in view").isFalse();

        robot.interact(() -> app.diaryViewModel().select(TODAY.minusDays(1)));
        waitUntilIdle();
        scrollTo(robot, 1);

        assertThat(pinned.isVisible()).isTrue();
        var title = robot.lookup(".editor-date").queryAs(Label.class).getText();
        assertThat(robot.lookup(".pinned-date").queryAs(Label.class).getText()).isEqualTo(title)
                .contains(Integer.toString(TODAY.minusDays(1).getDayOfMonth()));
        assertThat(robot.from(pinned).lookup(".not-today").queryAs(Label.class).getText())
                .isEqualTo("Not today: yesterday");
        assertThat(robot.from(pinned).lookup(".save-state").queryAs(Label.class).getText())
                .isEqualTo("Not recorded: any change records this day");

        scrollTo(robot, 0);
        assertThat(pinned.isVisible()).isFalse();
    }

    @Test
    void dayNotRecorded_showsNoValueOnAnySlider_andTypingMovesTheSliderOrIsRefused(FxRobot robot)
            throws Exception {
        waitUntilIdle();
        for (var name : new String[] {"backPain", "headache", "stress"}) {
            assertThat(robot.lookup("#" + name + "Field").queryAs(TextField.class).getText()).isNullOrEmpty();
            assertThat(robot.lookup("#" + name + "Slider").queryAs(Slider.class).getStyleClass()).contains("unset");
        }
        var stress = robot.lookup("#stressSlider").queryAs(Slider.class);
        clickInView(robot, "#stressField");
        robot.write("7");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stress.getValue()).isEqualTo(7);
        assertThat(stress.getStyleClass()).doesNotContain("unset");

        var field = robot.lookup("#stressField").queryAs(TextField.class);
        robot.interact(field::selectAll);
        robot.write("11");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stress.getStyleClass()).as("11 is no value: the slider shows none").contains("unset");
        assertThat(field.getText()).isEqualTo("11");
        assertThat(field.getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#stressError").queryAs(Label.class).getText())
                .isEqualTo("11 is not between 0 and 10");
    }

    @Test
    void invalidValueTyped_keepsTheUserOnTheDay_andSaysWhy(FxRobot robot) throws Exception {
        waitUntilIdle();
        clickInView(robot, "#stressField");
        robot.write("11");
        var yesterday = dayCell(robot, TODAY.minusDays(1));
        scrollIntoView(robot, yesterday);
        robot.clickOn(yesterday);
        waitUntilIdle();

        var diary = app.diaryViewModel();
        assertThat(diary.selectedProperty().get()).isEqualTo(TODAY);
        assertThat(diary.editor().dateProperty().get()).isEqualTo(TODAY);
        assertThat(robot.lookup("#stressField").queryAs(TextField.class).getText()).isEqualTo("11");
        assertThat(diary.messageProperty().get()).endsWith(" is not saved. Stress: 11 is not between 0 and 10. "
                + "Correct it to go to another day.");
        assertThat(dayCell(robot, TODAY).getStyleClass()).contains("selected");
    }

    /** The day a calendar cell is for, as its accessible text names it ("Dec 1, 2026: not recorded"). */
    private static LocalDate dayOf(Button cell) {
        var text = cell.getAccessibleText();
        return Dates.ofUser().read(text.substring(0, text.indexOf(": "))).orElseThrow();
    }

    @Test
    void greyedDayOfTheMonthBeside_thenTabAndShiftTab_moveTheFocusOn(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.interact(() -> app.diaryViewModel().select(TODAY.minusMonths(1).withDayOfMonth(1)));
        waitUntilIdle();
        var greyed = robot.lookup(".day-cell.other-month").match((Button cell) -> !cell.isDisabled()
                && dayOf(cell).isAfter(TODAY.minusMonths(1).withDayOfMonth(1))).queryAs(Button.class);
        var day = dayOf(greyed);

        robot.clickOn(greyed);
        waitUntilIdle();
        assertThat(app.diaryViewModel().selectedProperty().get()).isEqualTo(day);
        var cell = dayCell(robot, day);
        assertThat(focused()).isSameAs(cell);
        assertThat(cell.isDisabled()).isFalse();

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        var next = focused();
        assertThat(next).isNotSameAs(cell);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isNotSameAs(next);
    }

    @Test
    void arrowKeysOnAFocusedSlider_changeItsValue_notTheDay(FxRobot robot) throws Exception {
        waitUntilIdle();
        var slider = robot.lookup("#backPainSlider").queryAs(Slider.class);
        robot.clickOn(slider);
        waitUntilIdle();
        assertThat(focused()).isSameAs(slider);
        robot.interact(() -> app.diaryViewModel().editor().backPainProperty().set("4"));

        robot.type(KeyCode.RIGHT);
        waitUntilIdle();

        assertThat(app.diaryViewModel().selectedProperty().get()).isEqualTo(TODAY);
        assertThat(robot.lookup("#backPainField").queryAs(TextField.class).getText())
                .as("one step, as the key says").isEqualTo("5");
        assertThat(slider.getStyleClass()).doesNotContain("unset");
    }

    @Test
    void addMedication_putsTheKeyboardOnTheNewRow_whoseClassOpensWithSpaceEnterOrDown(FxRobot robot)
            throws Exception {
        waitUntilIdle();
        var add = robot.lookup(".add-medication").queryAs(Button.class);
        robot.interact(add::requestFocus);
        robot.type(KeyCode.SPACE);
        waitUntilIdle();

        assertThat(focused()).isInstanceOf(ComboBox.class);
        var medicationClass = (ComboBox<?>) focused();
        assertThat(medicationClass.getParent().getStyleClass()).contains("medication-row");
        for (var key : new KeyCode[] {KeyCode.SPACE, KeyCode.ENTER, KeyCode.DOWN}) {
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(medicationClass.isShowing()).as(key.getName()).isTrue();
            robot.interact(medicationClass::hide);
            robot.interact(medicationClass::requestFocus);
        }
    }

    private static Map<String, Boolean> factorChips(FxRobot robot) {
        var chips = new LinkedHashMap<String, Boolean>();
        robot.lookup(".factor-chip").queryAllAs(ToggleButton.class).forEach(chip ->
                chips.put(chip.getText(), chip.isSelected()));
        return chips;
    }

    @Test
    void twoFactorsRecordedFromTheKeyboardAlone_areTickedWhenTheDayIsOpenedAgain(FxRobot robot) throws Exception {
        waitUntilIdle();
        var track = robot.lookup(".track-factor").queryAs(Button.class);
        assertThat(track.getText()).isEqualTo("Track a factor…");
        assertThat(robot.lookup("#factorsTitle").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(track::requestFocus);

        robot.type(KeyCode.SPACE);
        waitUntilIdle();
        assertThat(focused()).isSameAs(robot.lookup("#newFactorField").query());
        robot.write("Coffee").type(KeyCode.ENTER);
        waitUntilIdle();
        robot.write("Long drive").type(KeyCode.ENTER);
        waitUntilIdle();
        robot.type(KeyCode.ESCAPE);
        waitUntilIdle();
        assertThat(focused()).isSameAs(track);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((ToggleButton) focused()).getText()).isEqualTo("Long drive");
        robot.type(KeyCode.SPACE);
        waitUntilIdle();
        assertThat(factorChips(robot)).containsExactly(entry("Coffee", true), entry("Long drive", false));
        robot.type(KeyCode.SPACE);
        waitUntilIdle();
        assertThat(robot.lookup(".save-state").queryAs(Label.class).getText()).startsWith("Saved at ");

        robot.interact(() -> stage.hide());
        runner.close();
        database.close();
        robot.interact(() -> open(stage));
        waitUntilIdle();

        assertThat(app.diaryViewModel().editor().dateProperty().get()).isEqualTo(TODAY);
        assertThat(factorChips(robot)).containsExactly(entry("Coffee", true), entry("Long drive", true));
        assertThat(robot.lookup(".track-factor").queryAs(Button.class).getText()).isEqualTo("Add a factor…");
        robot.clickOn("#listChoice");
        var table = robot.lookup("#listTable").queryAs(TableView.class);
        var factors = (TableColumn<?, ?>) table.getColumns().stream()
                .filter(column -> ((TableColumn<?, ?>) column).getText().equals("Factors")).findFirst().orElseThrow();
        assertThat(factors.getCellData(0)).isEqualTo("Coffee, Long drive");
    }

    @Test
    void factorChipsContextMenu_fromTheKeyboard_renamesTheFactor_whichStaysTicked(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.interact(() -> app.diaryViewModel().factorTicks().add("Coffee"));
        waitUntilIdle();
        var chip = robot.lookup(".factor-chip").queryAs(ToggleButton.class);
        robot.interact(chip::requestFocus);

        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chip.getContextMenu().isShowing()).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertThat(field.isFocused()).as("the dialog opens with the keyboard in its field").isTrue();
        assertThat(field.getText()).isEqualTo("Coffee");
        robot.interact(field::selectAll);
        robot.targetWindow(field.getScene().getWindow()).write("Strong coffee");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("Strong coffee");
        robot.type(KeyCode.ENTER);
        waitUntilIdle();
        robot.targetWindow(stage);

        assertThat(factorChips(robot)).containsExactly(entry("Strong coffee", true));
        assertThat(app.diaryViewModel().recentDays().get(0).factors()).containsExactly("Strong coffee");
    }

    @Test
    void factorsTypedByName_afterTheShortcut_areTicked_theBacksWithTheBackPain_andTheCalendarSaysThem(FxRobot robot)
            throws Exception {
        waitUntilIdle();
        var heat = SuggestedFactors.catalogue().find("heat").orElseThrow();
        robot.interact(() -> app.diaryViewModel().factorTicks().switchOn(heat));
        waitUntilIdle();
        robot.interact(() -> robot.lookup("#backPainField").query().requestFocus());

        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isSameAs(robot.lookup("#newFactorField").query());
        robot.write("hea; coffee").type(KeyCode.ENTER);
        waitUntilIdle();

        var backChip = robot.lookup("#backFactorChips .factor-chip").queryAs(ToggleButton.class);
        assertThat(backChip.getText()).isEqualTo("Heat on the back");
        assertThat(backChip.isSelected()).isTrue();
        assertThat(((Label) backChip.getGraphic()).getText()).isEqualTo("eases");
        assertThat(robot.lookup("#factorChips .factor-chip").queryAllAs(ToggleButton.class))
                .extracting(ToggleButton::getText, ToggleButton::isSelected).containsExactly(tuple("coffee", true));
        var today = robot.lookup(".day-cell.today").queryAs(Button.class);
        assertThat(((Text) today.getGraphic()).getText()).isEqualTo("✓2");
        assertThat(today.getAccessibleText()).contains("2 factors ticked: coffee, Heat on the back");
    }
}
