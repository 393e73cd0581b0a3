package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Today recorded with a warning sign before the window opens: the checklist, made just after the first frame
 * (when today may already be loaded), shows it ticked and the banner up, as when it was made before.
 */
class WarningSignsAtStartFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    @Override
    void prepare(Diary diary) {
        diary.save(DayEntry.on(diary.today()).backPain(6).headache(2).warningSigns(Set.of("fever_chills")).build());
    }

    @Test
    void aSignSavedBeforeTheWindowOpened_isTickedAndTheBannerShows(FxRobot robot) throws Exception {
        waitUntilIdle();
        var boxes = robot.lookup(".warning-sign-check").queryAllAs(CheckBox.class);
        assertThat(boxes).filteredOn(CheckBox::isSelected).extracting(CheckBox::getText)
                .containsExactly("A high fever or chills");
        assertThat(robot.lookup(".warning-banner").queryAs(VBox.class).isVisible()).isTrue();
    }
}
