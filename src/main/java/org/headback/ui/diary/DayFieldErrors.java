package org.headback.ui.diary;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.headback.diary.DayField;

/** A field's message under it, and the field marked, while the value typed in it is wrong. */
final class DayFieldErrors {
    private DayFieldErrors() {
    }

    /** Binds {@code label} to the field's error; marks {@code input} (if any) "invalid" while there is one. */
    static void show(DayEditorViewModel editor, Label label, DayField field, TextInputControl input) {
        var error = editor.errorProperty(field);
        label.textProperty().bind(error);
        var wrong = error.isNotEmpty();
        label.visibleProperty().bind(wrong);
        label.managedProperty().bind(wrong);
        if (input != null) {
            error.addListener((observable, old, text) -> {
                input.getStyleClass().remove("invalid");
                if (!text.isEmpty()) {
                    input.getStyleClass().add("invalid");
                }
            });
        }
    }
}
