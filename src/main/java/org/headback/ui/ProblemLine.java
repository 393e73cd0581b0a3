package org.headback.ui;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The line of a dialog that says what is wrong with the days and values chosen, and holds the dialog's button back
 * while it says anything: the export's and the report's dialogs.
 */
public final class ProblemLine {
    private ProblemLine() {
    }

    /** Where the dialog says what is wrong: it wraps, and takes no room while all is well. */
    public static Label label(String styleClass) {
        var problem = new Label();
        problem.getStyleClass().add(styleClass);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        return problem;
    }

    /**
     * The button is off while {@code problem} says something, and takes the days typed in {@code pickers} first (see
     * {@link DayPickers#takeTypedDaysFirst}).
     */
    public static void holdsBack(Dialog<?> dialog, ButtonType button, Label problem, DatePicker... pickers) {
        // A longer sentence wraps onto more lines: the dialog grows with it rather than hide its buttons.
        problem.textProperty().addListener((observable, was, now) -> Optional.ofNullable(dialog.getDialogPane()
                .getScene()).map(Scene::getWindow).ifPresent(Window::sizeToScene));
        dialog.getDialogPane().lookupButton(button).disableProperty().bind(problem.textProperty().isNotEmpty());
        DayPickers.takeTypedDaysFirst(dialog, button, pickers);
    }
}
