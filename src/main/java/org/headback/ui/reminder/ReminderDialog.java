package org.headback.ui.reminder;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.headback.ui.ProblemLine;

/**
 * The Reminder dialog: "remind me if today is not recorded", at a time, saved at once; it says what is registered to
 * start the reminder at login. The reminder works with the window closed.
 */
public final class ReminderDialog {
    private ReminderDialog() {
    }

    /** Shows the dialog over the window until the user closes it. */
    public static void show(Window owner, ReminderViewModel model) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Reminder");
        dialog.setHeaderText("A reminder in the evening, when today is not recorded yet.\n"
                + "It works with HeadBack's window closed: the computer starts it when you log in.");
        dialog.getDialogPane().getStylesheets().add(ReminderDialog.class.getResource("ReminderDialog.css")
                .toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content(model));
        // A longer sentence wraps onto more lines: the dialog grows with it rather than cut it short.
        model.registeredProperty().addListener((observable, was, now) -> resize(dialog));
        model.problemProperty().addListener((observable, was, now) -> resize(dialog));
        model.load();
        dialog.showAndWait();
    }

    private static void resize(Dialog<?> dialog) {
        Optional.ofNullable(dialog.getDialogPane().getScene()).map(Scene::getWindow).ifPresent(Window::sizeToScene);
    }

    private static VBox content(ReminderViewModel model) {
        var on = new CheckBox("_Remind me if today is not recorded");
        on.setMnemonicParsing(true);
        on.getStyleClass().add("reminder-on");
        on.selectedProperty().bindBidirectional(model.onProperty());
        on.disableProperty().bind(model.loadedProperty().not());
        var time = new TextField();
        time.getStyleClass().add("reminder-time");
        time.setPromptText("HH:MM");
        time.setPrefColumnCount(5);
        time.setAccessibleText("Time of day of the reminder, HH:MM");
        time.textProperty().bindBidirectional(model.timeProperty());
        time.disableProperty().bind(model.loadedProperty().not());
        time.setOnAction(event -> model.enterTime());
        time.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                model.enterTime();
            }
        });
        var at = new Label("_at");
        at.setMnemonicParsing(true);
        at.setLabelFor(time);
        var row = new HBox(on, at, time, new Label("(24-hour clock)"));
        row.getStyleClass().add("reminder-row");
        var registered = new Label();
        registered.getStyleClass().add("reminder-registered");
        registered.setWrapText(true);
        registered.setMinHeight(Region.USE_PREF_SIZE);
        registered.textProperty().bind(model.registeredProperty());
        var problem = ProblemLine.label("reminder-problem");
        problem.textProperty().bind(model.problemProperty());
        var content = new VBox(row, registered, problem);
        content.getStyleClass().add("reminder-form");
        return content;
    }
}
