package org.headback.ui.diary;

import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.headback.diary.MedicationClass;

/** One medication in the editor: its class, name and dose, and a button to remove it. */
final class MedicationRowView {
    /** Space, Enter and Down open the list of classes, as Alt+Down does. */
    private static final Set<KeyCode> OPENING_KEYS = Set.of(KeyCode.SPACE, KeyCode.ENTER, KeyCode.DOWN);

    private MedicationRowView() {
    }

    static HBox of(MedicationRow row, Runnable remove, Runnable commit, Consumer<TextInputControl> finishing) {
        var medicationClass = new ComboBox<MedicationClass>();
        medicationClass.getItems().setAll(MedicationClass.values());
        medicationClass.setPromptText("Class");
        medicationClass.setButtonCell(new ClassCell());
        medicationClass.setCellFactory(list -> new ClassCell());
        medicationClass.valueProperty().bindBidirectional(row.medicationClassProperty());
        medicationClass.setOnAction(event -> commit.run());
        medicationClass.setAccessibleText("Medication class");
        medicationClass.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (OPENING_KEYS.contains(event.getCode()) && !medicationClass.isShowing() && !event.isAltDown()) {
                event.consume();
                medicationClass.show();
            }
        });
        var name = field("Name", row.nameProperty().get());
        name.textProperty().bindBidirectional(row.nameProperty());
        var dose = field("Dose", row.doseProperty().get());
        dose.textProperty().bindBidirectional(row.doseProperty());
        finishing.accept(name);
        finishing.accept(dose);
        var removeButton = new Button("×");
        removeButton.setAccessibleText("Remove this medication");
        removeButton.getStyleClass().add("remove-medication");
        removeButton.setOnAction(event -> remove.run());
        HBox.setHgrow(name, Priority.ALWAYS);
        var box = new HBox(medicationClass, name, dose, removeButton);
        box.getStyleClass().add("medication-row");
        return box;
    }

    /** Puts the keyboard focus on a row's class. */
    static void focus(Node row) {
        if (row instanceof HBox box && !box.getChildren().isEmpty()) {
            box.getChildren().get(0).requestFocus();
        }
    }

    private static TextField field(String prompt, String text) {
        var field = new TextField(text);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefColumnCount(prompt.equals("Dose") ? 5 : 8);
        return field;
    }

    /** A class by its label. */
    private static final class ClassCell extends ListCell<MedicationClass> {
        @Override
        protected void updateItem(MedicationClass item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
