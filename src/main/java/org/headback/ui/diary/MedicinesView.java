package org.headback.ui.diary;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.headback.diary.MedicationClass;
import org.headback.diary.PreventiveCourse;
import org.headback.ui.DayPickers;

/** The Medicines dialog's content, bound to its {@link MedicinesViewModel}. */
public final class MedicinesView {
    @FXML
    private HBox root;
    @FXML
    private ListView<MedicinesViewModel.Line> medicineList;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private ComboBox<MedicationClass> classChoice;
    @FXML
    private TextField doseField;
    @FXML
    private Label doseError;
    @FXML
    private CheckBox preventiveBox;
    @FXML
    private VBox details;
    @FXML
    private Label selectedHeading;
    @FXML
    private TextField newNameField;
    @FXML
    private Button hideButton;
    @FXML
    private Label renameError;
    @FXML
    private VBox coursePart;
    @FXML
    private ListView<PreventiveCourse> courseList;
    @FXML
    private DatePicker courseDay;
    @FXML
    private Button startButton;
    @FXML
    private Button stopButton;
    @FXML
    private Label courseError;
    @FXML
    private Label medicinesProblem;

    private final MedicinesViewModel viewModel;

    public MedicinesView(MedicinesViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        bindList();
        bindAdding();
        bindSelected();
        for (var error : List.of(nameError, doseError, renameError, courseError, medicinesProblem)) {
            error.managedProperty().bind(error.textProperty().isNotEmpty());
        }
        root.disableProperty().bind(viewModel.busyProperty());
        viewModel.load();
    }

    private void bindList() {
        Bindings.bindContent(medicineList.getItems(), viewModel.lines());
        medicineList.setCellFactory(list -> new TextCell<>(MedicinesView::describe));
        medicineList.getSelectionModel().selectedItemProperty().addListener((observable, old, line) -> {
            if (line != null) {
                viewModel.selectedProperty().set(line);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, line) -> {
            if (line == null) {
                medicineList.getSelectionModel().clearSelection();
            } else if (medicineList.getSelectionModel().getSelectedItem() != line) {
                medicineList.getSelectionModel().select(line);
            }
        });
    }

    private void bindAdding() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        doseField.textProperty().bindBidirectional(viewModel.doseProperty());
        preventiveBox.selectedProperty().bindBidirectional(viewModel.preventiveProperty());
        classChoice.getItems().setAll(MedicationClass.values());
        classChoice.setCellFactory(list -> new TextCell<>(MedicationClass::label));
        classChoice.setButtonCell(new TextCell<>(MedicationClass::label));
        classChoice.valueProperty().bindBidirectional(viewModel.medicationClassProperty());
        nameError.textProperty().bind(viewModel.nameErrorProperty());
        doseError.textProperty().bind(viewModel.doseErrorProperty());
        nameField.setOnAction(event -> viewModel.add());
    }

    private void bindSelected() {
        var selected = viewModel.selectedProperty();
        details.visibleProperty().bind(selected.isNotNull());
        selectedHeading.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? ""
                : describe(selected.get()), selected));
        newNameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        newNameField.setOnAction(event -> viewModel.renameSelected());
        hideButton.textProperty().bind(Bindings.createStringBinding(() -> selected.get() != null
                && selected.get().medicine().hidden() ? "Show" : "Hide", selected));
        renameError.textProperty().bind(viewModel.renameErrorProperty());
        var preventive = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().medicine().preventive(), selected);
        coursePart.visibleProperty().bind(preventive);
        coursePart.managedProperty().bind(preventive);
        courseList.setCellFactory(list -> new TextCell<>(MedicinesViewModel::describe));
        selected.addListener((observable, old, line) -> courseList.getItems().setAll(line == null ? List.of()
                : line.courses()));
        var open = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().open().isPresent(),
                selected);
        startButton.disableProperty().bind(open);
        stopButton.disableProperty().bind(open.not());
        DayPickers.takeTypedDays(courseDay);
        courseDay.valueProperty().bindBidirectional(viewModel.courseDayProperty());
        courseError.textProperty().bind(viewModel.courseErrorProperty());
        medicinesProblem.textProperty().bind(viewModel.problemProperty());
    }

    /** "Propranolol — Other, 40 mg, preventive (hidden)". */
    private static String describe(MedicinesViewModel.Line line) {
        var medicine = line.medicine();
        return medicine.name() + " — " + medicine.medicationClass().label()
                + (medicine.usualDose().isEmpty() ? "" : ", " + medicine.usualDose())
                + (medicine.preventive() ? ", preventive" : "") + (medicine.hidden() ? " (hidden)" : "");
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void rename() {
        viewModel.renameSelected();
    }

    @FXML
    private void toggleHidden() {
        viewModel.toggleHiddenSelected();
    }

    @FXML
    private void startCourse() {
        viewModel.startCourse();
    }

    @FXML
    private void stopCourse() {
        viewModel.stopCourse();
    }

    /** A cell that shows its item as the words given. */
    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> words;

        TextCell(Function<T, String> words) {
            this.words = words;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : words.apply(item));
        }
    }
}
