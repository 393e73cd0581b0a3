package org.headback.ui.diary;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.headback.diary.MedicationClass;
import org.headback.diary.Relief;
import org.headback.text.Coded;

/**
 * One medication in the editor: its class, name and dose, when it was taken and how much it helped two hours later
 * (the keys 1 to 4 choose it), a button to remove it, and what is wrong with it.
 */
final class MedicationRowView {
    /** Space, Enter and Down open a list, as Alt+Down does. */
    private static final Set<KeyCode> OPENING_KEYS = Set.of(KeyCode.SPACE, KeyCode.ENTER, KeyCode.DOWN);
    private static final Map<KeyCode, Relief> RELIEF_KEYS = Map.of(KeyCode.DIGIT1, Relief.NOT_AT_ALL,
            KeyCode.DIGIT2, Relief.A_LITTLE, KeyCode.DIGIT3, Relief.A_LOT, KeyCode.DIGIT4, Relief.PAIN_GONE,
            KeyCode.NUMPAD1, Relief.NOT_AT_ALL, KeyCode.NUMPAD2, Relief.A_LITTLE, KeyCode.NUMPAD3, Relief.A_LOT,
            KeyCode.NUMPAD4, Relief.PAIN_GONE);
    private static final String TIME_STYLE = "medication-taken";

    private MedicationRowView() {
    }

    static VBox of(MedicationRow row, Runnable remove, Runnable commit, Consumer<TextInputControl> finishing) {
        var medicationClass = choice("Class", "Medication class", MedicationClass.values(), commit);
        medicationClass.valueProperty().bindBidirectional(row.medicationClassProperty());
        var name = field("Name", 6);
        name.textProperty().bindBidirectional(row.nameProperty());
        var dose = field("Dose", 6);
        dose.textProperty().bindBidirectional(row.doseProperty());
        var taken = field("Taken HH:MM", 6);
        taken.getStyleClass().add(TIME_STYLE);
        taken.textProperty().bindBidirectional(row.takenProperty());
        var relief = choice("Relief at 2 h (1–4)", "How much it helped two hours later: keys 1 to 4",
                Relief.values(), commit);
        relief.valueProperty().bindBidirectional(row.reliefProperty());
        relief.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            var chosen = RELIEF_KEYS.get(event.getCode());
            if (chosen != null) {
                event.consume();
                relief.setValue(chosen);
            }
        });
        for (var input : new TextInputControl[] {name, dose, taken}) {
            finishing.accept(input);
        }
        var removeButton = new Button("×");
        removeButton.setAccessibleText("Remove this medication");
        removeButton.getStyleClass().add("remove-medication");
        removeButton.setOnAction(event -> remove.run());
        HBox.setHgrow(name, Priority.ALWAYS);
        var line = new HBox(medicationClass, name, dose, removeButton);
        line.getStyleClass().add("medication-row");
        var details = new HBox(taken, relief);
        details.getStyleClass().addAll("medication-row", "medication-details");
        var problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(row.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(row.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        var box = new VBox(line, details, problem);
        box.getStyleClass().add("medication");
        return box;
    }

    /** Puts the keyboard focus on a row's class. */
    static void focus(Node row) {
        row.lookupAll(".combo-box").stream().findFirst().ifPresent(Node::requestFocus);
    }

    /** Puts the keyboard focus on the time a row's medication was taken. */
    static void focusTime(Node row) {
        row.lookupAll("." + TIME_STYLE).stream().findFirst().ifPresent(Node::requestFocus);
    }

    private static <E extends Enum<E> & Coded> ComboBox<E> choice(String prompt, String accessible, E[] values,
                                                                   Runnable commit) {
        var choice = new ComboBox<E>();
        choice.getItems().setAll(values);
        choice.setPromptText(prompt);
        choice.setButtonCell(new LabelCell<>());
        choice.setCellFactory(list -> new LabelCell<>());
        choice.setOnAction(event -> commit.run());
        choice.setAccessibleText(accessible);
        choice.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (OPENING_KEYS.contains(event.getCode()) && !choice.isShowing() && !event.isAltDown()) {
                event.consume();
                choice.show();
            }
        });
        return choice;
    }

    private static TextField field(String prompt, int columns) {
        var field = new TextField();
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefColumnCount(columns);
        return field;
    }

    /** A coded value by its label. */
    private static final class LabelCell<E extends Coded> extends ListCell<E> {
        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
