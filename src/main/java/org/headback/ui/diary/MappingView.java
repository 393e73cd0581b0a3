package org.headback.ui.diary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.headback.diary.ConflictMode;
import org.headback.diary.MedicationClass;
import org.headback.diary.other.OnePainDays;
import org.headback.diary.other.Role;

/** The mapping step's content, bound to its {@link MappingViewModel}; the dialog around it is DiaryDialogs'. */
public final class MappingView {
    /** How many trackables show before the list scrolls, so that the dialog fits a 700-pixel-high screen. */
    private static final int SHOWN_ROWS = 6;
    /** Two rows at least, however small the screen. */
    private static final double MIN_HEIGHT_EM = 6;

    @FXML
    private VBox root;
    @FXML
    private Label mappingHolds;
    @FXML
    private HBox mappingZoneRow;
    @FXML
    private ComboBox<String> mappingZone;
    @FXML
    private ScrollPane mappingScroll;
    @FXML
    private GridPane mappingGrid;
    @FXML
    private VBox mappingOnePain;
    @FXML
    private Label mappingOnePainDays;
    @FXML
    private RadioButton mappingOnePainSkip;
    @FXML
    private RadioButton mappingOnePainZero;
    @FXML
    private Label mappingPreview;
    @FXML
    private HBox mappingConflicts;
    @FXML
    private RadioButton mappingSkipConflicts;
    @FXML
    private RadioButton mappingReplaceConflicts;
    @FXML
    private Label mappingProblem;

    private final MappingViewModel viewModel;

    public MappingView(MappingViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /** The view of this mapping, loaded from its FXML file. */
    static MappingView load(MappingViewModel viewModel) {
        var loader = new FXMLLoader(MappingView.class.getResource("MappingView.fxml"));
        loader.setControllerFactory(type -> new MappingView(viewModel));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The mapping step's layout could not be loaded", e);
        }
        return loader.getController();
    }

    Parent root() {
        return root;
    }

    /**
     * Calls {@code fit} (later on the JavaFX thread, once all of a change is in) whenever the height the view needs
     * may have changed: a longer preview, a choice that appears, the list's rows laid out.
     */
    void whenItsHeightChanges(Runnable fit) {
        for (var shown : List.<ObservableValue<?>>of(viewModel.previewProperty(), viewModel.onePainDaysProperty(),
                viewModel.conflictsProperty(), viewModel.problemProperty(), mappingScroll.prefHeightProperty())) {
            shown.addListener((observable, was, now) -> Platform.runLater(fit));
        }
    }

    @FXML
    private void initialize() {
        mappingHolds.textProperty().bind(viewModel.holdsProperty());
        shownWhen(mappingZoneRow, viewModel.asksZone());
        mappingZone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        mappingZone.valueProperty().bindBidirectional(viewModel.zoneProperty());
        viewModel.rows().addListener((ListChangeListener<MappingRow>) change -> showRows());
        showRows();
        // A height of its own, not its list's: a dialog asks its content how high it would be at its width. Half
        // a row more than the rows shown says that the list goes on.
        mappingGrid.heightProperty().addListener((observable, was, height) -> {
            int count = Math.max(1, viewModel.rows().size());
            double shown = count <= SHOWN_ROWS ? height.doubleValue()
                    : height.doubleValue() * (SHOWN_ROWS + 0.5) / count;
            mappingScroll.setPrefHeight(Math.ceil(shown + mappingScroll.snappedTopInset()
                    + mappingScroll.snappedBottomInset()) + 2);
        });
        mappingScroll.setMinHeight(mappingHolds.getFont().getSize() * MIN_HEIGHT_EM);
        root.sceneProperty().addListener((observable, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((focus, old, node) -> reveal(node));
            }
        });
        bindOnePain();
        bindConflicts();
        mappingPreview.textProperty().bind(viewModel.previewProperty());
        mappingProblem.textProperty().bind(viewModel.problemProperty());
        mappingProblem.managedProperty().bind(mappingProblem.textProperty().isNotEmpty());
    }

    private void bindOnePain() {
        mappingOnePainDays.textProperty().bind(viewModel.onePainDaysProperty());
        var shown = viewModel.onePainDaysProperty().isNotEmpty();
        mappingOnePain.visibleProperty().bind(shown);
        mappingOnePain.managedProperty().bind(shown);
        mappingOnePainSkip.setText(OnePainDays.SKIP.label());
        mappingOnePainZero.setText(OnePainDays.ZERO.label());
        choice(viewModel.onePainProperty(), new ToggleGroup(), mappingOnePainSkip, OnePainDays.SKIP,
                mappingOnePainZero, OnePainDays.ZERO);
    }

    private void bindConflicts() {
        mappingConflicts.visibleProperty().bind(viewModel.conflictsProperty());
        mappingConflicts.managedProperty().bind(viewModel.conflictsProperty());
        choice(viewModel.onConflictProperty(), new ToggleGroup(), mappingSkipConflicts, ConflictMode.SKIP,
                mappingReplaceConflicts, ConflictMode.REPLACE);
    }

    /** Two radio buttons for a choice: selected as the view-model's value is, none while it is empty. */
    private static <T> void choice(ObjectProperty<T> value, ToggleGroup group, RadioButton first, T firstValue,
                                   RadioButton second, T secondValue) {
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        first.setUserData(firstValue);
        second.setUserData(secondValue);
        Consumer<T> select = chosen -> group.selectToggle(chosen == firstValue ? first : chosen == secondValue
                ? second : null);
        select.accept(value.get());
        value.addListener((observable, was, now) -> select.accept(now));
        group.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                var chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
    }

    /** One line per trackable: what it is, what it becomes, and for a medication its class. */
    private void showRows() {
        mappingGrid.getChildren().clear();
        var rows = viewModel.rows();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var what = new Label(row.describe());
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            what.getStyleClass().add("mapping-trackable");
            var role = new ChoiceBox<Role>();
            role.getItems().setAll(row.roles());
            role.setConverter(labels(Role::label));
            role.valueProperty().bindBidirectional(row.roleProperty());
            role.getStyleClass().add("mapping-role");
            role.setAccessibleText("What " + row.name() + " becomes");
            var medicationClass = new ComboBox<MedicationClass>();
            medicationClass.getItems().setAll(MedicationClass.values());
            medicationClass.setCellFactory(list -> new LabelCell());
            medicationClass.setButtonCell(new LabelCell());
            medicationClass.valueProperty().bindBidirectional(row.medicationClassProperty());
            medicationClass.getStyleClass().add("mapping-class");
            medicationClass.setAccessibleText("Class of " + row.name());
            medicationClass.visibleProperty().bind(row.medicationProperty());
            medicationClass.managedProperty().bind(row.medicationProperty());
            mappingGrid.addRow(i, what, role, medicationClass);
        }
    }

    private static void shownWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Scrolls the list of trackables so that the control the keyboard moved to is in view. */
    private void reveal(Node node) {
        var inside = node;
        while (inside != null && inside != mappingGrid) {
            inside = inside.getParent();
        }
        if (inside == null) {
            return;
        }
        var bounds = mappingGrid.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double view = mappingScroll.getViewportBounds().getHeight();
        double hidden = mappingGrid.getLayoutBounds().getHeight() - view;
        if (hidden <= 0) {
            return;
        }
        double top = mappingScroll.getVvalue() * hidden;
        if (bounds.getMinY() < top) {
            mappingScroll.setVvalue(bounds.getMinY() / hidden);
        } else if (bounds.getMaxY() > top + view) {
            mappingScroll.setVvalue(Math.min(1, (bounds.getMaxY() - view) / hidden));
        }
    }

    private static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        };
    }

    private static final class LabelCell extends ListCell<MedicationClass> {
        @Override
        protected void updateItem(MedicationClass item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
