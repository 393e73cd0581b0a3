package org.headback.ui.diary;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Same as yesterday" beside the day's save state (Alt+Y), and, while copied values are on show, the button that
 * keeps them (Enter does too): until then the save state says the day is not saved. They share the save state's line,
 * so the entry's first fields stay where they were.
 */
final class CopyControls {
    private CopyControls() {
    }

    static void attach(VBox root, Label saveState, DiaryViewModel diary) {
        var editor = diary.editor();
        var copy = new Button();
        copy.textProperty().bind(Bindings.createStringBinding(() -> SameAsYesterday.label(
                diary.today().equals(editor.dateProperty().get())), editor.dateProperty()));
        copy.setTooltip(new Tooltip("Alt+Y: copy the day before's values; nothing is saved until Enter or Keep"));
        copy.getStyleClass().addAll("same-as-yesterday", "small");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(event -> diary.sameAsYesterday().copy());
        var keep = new Button("Keep (Enter)");
        keep.getStyleClass().addAll("keep-copy", "accent", "small");
        keep.setMinWidth(Region.USE_PREF_SIZE);
        keep.setAccessibleText("Keep the copied values and record this day");
        keep.setOnAction(event -> editor.copy().confirm());
        var copied = editor.copy().fromProperty().isNotNull();
        keep.visibleProperty().bind(copied);
        keep.managedProperty().bind(copied);
        var heading = (Pane) saveState.getParent();
        int place = heading.getChildren().indexOf(saveState);
        var line = new HBox(saveState, copy, keep);
        line.getStyleClass().add("copy-actions");
        HBox.setHgrow(saveState, Priority.ALWAYS);
        saveState.setMaxWidth(Double.MAX_VALUE);
        heading.getChildren().add(place, line);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.Y && event.isAltDown() && !event.isControlDown()
                    && !event.isShortcutDown()) {
                event.consume();
                diary.sameAsYesterday().copy();
            } else if (event.getCode() == KeyCode.ENTER && editor.copy().unconfirmed()
                    && !(event.getTarget() instanceof TextArea) && !(event.getTarget() instanceof ButtonBase)) {
                event.consume();
                editor.copy().confirm();
            }
        });
    }
}
