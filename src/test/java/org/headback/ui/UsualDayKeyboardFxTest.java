package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.headback.diary.Attack;
import org.headback.diary.Diary;
import org.headback.diary.Factor;
import org.headback.diary.HeadacheKind;
import org.headback.diary.KeptMedicine;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.headback.diary.Relief;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The usual day, recorded as a practiced user does, from the keyboard alone: back pain 6, one migraine from 14:00 for
 * 3 hours at peak 7, a kept triptan at 14:30 that helped a lot, two factors. Each action is counted: a typed value
 * ended by Tab or Enter, a shortcut, or one key choosing.
 */
class UsualDayKeyboardFxTest extends WindowTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final KeptMedicine SUMATRIPTAN =
            new KeptMedicine("Sumatriptan", MedicationClass.TRIPTAN, "50 mg", false, false);

    private int actions;

    @Start
    void start(Stage window) {
        begin(window);
    }

    @Override
    void prepare(Diary diary) {
        if (diary.medicines().isEmpty()) {
            diary.addMedicine(SUMATRIPTAN);
            diary.addFactor(Factor.own("Coffee"));
            diary.addFactor(Factor.own("Long drive"));
        }
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private void typed(FxRobot robot, String text, KeyCode end) throws Exception {
        robot.write(text).type(end);
        actions++;
        waitUntilIdle();
    }

    private void chord(FxRobot robot, KeyCode modifier, KeyCode key) throws Exception {
        robot.press(modifier).type(key).release(modifier);
        actions++;
        waitUntilIdle();
    }

    private void key(FxRobot robot, KeyCode key) throws Exception {
        robot.type(key);
        actions++;
        waitUntilIdle();
    }

    @Test
    void theUsualDay_takesUnder12Actions_fromTheKeyboard_andIsAllThereWhenTheWindowOpensAgain(FxRobot robot)
            throws Exception {
        waitUntilIdle();
        assertThat(focused().getId()).as("the window opens in today's entry").isEqualTo("backPainField");

        typed(robot, "6", KeyCode.ENTER);
        chord(robot, KeyCode.ALT, KeyCode.A);
        assertThat(focused().getStyleClass()).contains("attack-start");
        typed(robot, "14:00", KeyCode.TAB);
        typed(robot, "3h", KeyCode.TAB);
        typed(robot, "7", KeyCode.TAB);
        assertThat(((ToggleButton) focused()).getText()).isEqualTo("Migraine");
        key(robot, KeyCode.SPACE);
        chord(robot, KeyCode.ALT, KeyCode.DIGIT1);
        assertThat(focused().getStyleClass()).as("a kept medicine chosen: its time next").contains("medication-taken");
        typed(robot, "14:30", KeyCode.TAB);
        assertThat(focused()).isInstanceOf(ComboBox.class);
        key(robot, KeyCode.DIGIT3);
        chord(robot, KeyCode.ALT, KeyCode.C);
        assertThat(focused().getId()).isEqualTo("newFactorField");
        typed(robot, "Coffee; Long drive", KeyCode.ENTER);

        assertThat(actions).as("actions to record the usual day").isEqualTo(11).isLessThan(12);
        assertThat(robot.lookup(".save-state").queryAs(Label.class).getText()).startsWith("Saved at ");
        assertThat(robot.lookup(".from-attacks").queryAs(Label.class).getText())
                .isEqualTo("Headache 7 (migraine), 3 h — from its attacks");

        robot.interact(() -> stage.hide());
        runner.close();
        database.close();
        robot.interact(() -> open(stage));
        waitUntilIdle();

        var day = diary(database).day(TODAY).orElseThrow();
        assertThat(day.backPain()).isEqualTo(6);
        assertThat(day.attacks()).containsExactly(Attack.ofPeak(7).start(LocalTime.of(14, 0))
                .duration(Duration.ofHours(3)).kind(HeadacheKind.MIGRAINE).build());
        assertThat(day.medications()).containsExactly(new Medication(MedicationClass.TRIPTAN, "Sumatriptan", "50 mg")
                .withDetails(LocalTime.of(14, 30), 1, Relief.A_LOT));
        assertThat(day.medications().get(0).attack()).isEqualTo(OptionalInt.of(1));
        assertThat(day.factors()).containsExactly("Coffee", "Long drive");
        assertThat(day.headache()).isEqualTo(7);
        assertThat(robot.lookup(".attack-start").queryAs(TextField.class).getText()).isEqualTo("14:00");
        assertThat(robot.lookup(".medication-taken").queryAs(TextField.class).getText()).isEqualTo("14:30");
        assertThat(robot.lookup(".from-attacks").queryAs(Label.class).getText())
                .isEqualTo("Headache 7 (migraine), 3 h — from its attacks");
        assertThat(robot.lookup(".factor-chip").queryAllAs(ToggleButton.class).stream()
                .filter(ToggleButton::isSelected).map(ToggleButton::getText).toList())
                .isEqualTo(List.of("Coffee", "Long drive"));
    }
}
