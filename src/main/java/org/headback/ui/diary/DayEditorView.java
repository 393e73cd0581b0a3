package org.headback.ui.diary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.headback.diary.BackLocation;
import org.headback.diary.DayField;
import org.headback.diary.FactorEffect;
import org.headback.diary.HeadacheKind;
import org.headback.diary.KeptMedicine;
import org.headback.text.Dates;

/**
 * The selected day's entry: scales as sliders that also take typed numbers, toggles, medications, notes. A change
 * is committed as the user finishes it (slider released, toggle pressed, field left or a pause in typing).
 */
public final class DayEditorView {
    /** A pause in typing this long commits what was typed. */
    static final Duration TYPING_PAUSE = Duration.millis(700);

    /** Ctrl+Shift+F in the entry: the field that ticks factors by name. */

    @FXML
    private VBox root;
    @FXML
    private VBox heading;
    @FXML
    private Label dateTitle;
    @FXML
    private Label notTodayLabel;
    @FXML
    private VBox warningSigns;
    @FXML
    private Label warningSignsTitle;
    @FXML
    private VBox warningBanner;
    @FXML
    private Label warningBannerTitle;
    @FXML
    private Label warningBannerText;
    @FXML
    private VBox warningSignChecks;
    @FXML
    private Label saveState;
    @FXML
    private Slider backPainSlider;
    @FXML
    private TextField backPainField;
    @FXML
    private Label backPainError;
    @FXML
    private ToggleButton lowerBackToggle;
    @FXML
    private ToggleButton upperBackToggle;
    @FXML
    private ToggleButton neckToggle;
    @FXML
    private Label locationError;
    @FXML
    private Slider headacheSlider;
    @FXML
    private TextField headacheField;
    @FXML
    private Label headacheError;
    @FXML
    private FlowPane kindChoices;
    @FXML
    private Label kindError;
    @FXML
    private TextField headacheHoursField;
    @FXML
    private VBox dayHeadache;
    @FXML
    private Label fromAttacksLabel;
    @FXML
    private VBox attackRows;
    @FXML
    private FlowPane medicationChoices;
    @FXML
    private Label headacheHoursError;
    @FXML
    private VBox medicationRows;
    @FXML
    private Label medicationError;
    @FXML
    private TextField sleepField;
    @FXML
    private Label sleepError;
    @FXML
    private Slider stressSlider;
    @FXML
    private TextField stressField;
    @FXML
    private Label stressError;
    @FXML
    private Label factorsTitle;
    @FXML
    private FlowPane factorChips;
    @FXML
    private VBox factorAdding;
    @FXML
    private TextField newFactorField;
    @FXML
    private FlowPane factorSuggestions;
    @FXML
    private Label factorError;
    @FXML
    private ChoiceBox<FactorEffect> newFactorEffect;
    @FXML
    private VBox backFactors;
    @FXML
    private FlowPane backFactorChips;
    @FXML
    private TextArea notesArea;
    @FXML
    private Label notesError;
    @FXML
    private Button deleteButton;

    private final DiaryViewModel diary;
    private final DayEditorViewModel editor;
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    private final ToggleGroup kinds = new ToggleGroup();
    /** The node of each attack and medication on show, to put the keyboard on the one just added. */
    private final Map<Object, Node> shown = new HashMap<>();
    private List<Node> laterSections = List.of();
    private FactorTicksView factorTicks;

    public DayEditorView(DiaryViewModel diary) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.editor = diary.editor();
    }

    @FXML
    private void initialize() {
        typingPause.setOnFinished(event -> editor.commit());
        dateTitle.textProperty().bind(Bindings.createStringBinding(() -> editor.dateProperty().get() == null ? ""
                : Dates.ofUser().withWeekday(editor.dateProperty().get()), editor.dateProperty()));
        saveState.textProperty().bind(editor.saveStateProperty());
        notTodayLabel.textProperty().bind(editor.notTodayProperty());
        notTodayLabel.visibleProperty().bind(editor.notTodayProperty().isNotEmpty());
        notTodayLabel.managedProperty().bind(notTodayLabel.visibleProperty());
        ScaleInput.bind(backPainSlider, backPainField, editor.backPainProperty(), editor::commit);
        ScaleInput.bind(headacheSlider, headacheField, editor.headacheProperty(), editor::commit);
        ScaleInput.bind(stressSlider, stressField, editor.stressProperty(), editor::commit);
        headacheHoursField.textProperty().bindBidirectional(editor.headacheHoursProperty());
        sleepField.textProperty().bindBidirectional(editor.sleepHoursProperty());
        notesArea.textProperty().bindBidirectional(editor.notesProperty());
        for (var input : new TextInputControl[] {backPainField, headacheField, stressField, headacheHoursField,
            sleepField, notesArea}) {
            commitWhenFinished(input);
        }
        bindLocations();
        bindKinds();
        bindAttacks();
        bindMedications();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        factorTicks = new FactorTicksView(diary.factorTicks(), new FactorTicksView.Parts(factorsTitle, factorChips,
                factorAdding, newFactorField, newFactorEffect, factorSuggestions, factorError, backFactors,
                backFactorChips));
        bindErrors();
        CopyControls.attach(root, saveState, diary);
        deleteButton.disableProperty().bind(editor.recordedProperty().not());
        var sections = root.getChildren();
        laterSections = List.copyOf(sections.subList(sections.indexOf(warningSigns), sections.size()));
        sections.removeAll(laterSections);
    }

    /** Makes the warning signs' checklist and puts back the sections below the scores, kept out of the first frame. */
    public void attachLaterSections() {
        if (warningSignChecks.getChildren().isEmpty()) {
            WarningSignChecklist.bind(editor, warningSignsTitle, warningBanner, warningBannerTitle, warningBannerText,
                    warningSignChecks);
        }
        root.getChildren().removeAll(laterSections);
        root.getChildren().addAll(laterSections);
    }

    private void commitWhenFinished(TextInputControl input) {
        input.textProperty().addListener((observable, old, text) -> typingPause.playFromStart());
        input.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                editor.commit();
            }
        });
        input.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && input instanceof TextField) {
                editor.copy().confirm();
            }
        });
    }

    private void bindLocations() {
        var toggles = Map.of(BackLocation.LOWER_BACK, lowerBackToggle, BackLocation.UPPER_BACK, upperBackToggle,
                BackLocation.NECK, neckToggle);
        toggles.forEach((place, toggle) -> toggle.setOnAction(event -> {
            if (toggle.isSelected()) {
                editor.locations().add(place);
            } else {
                editor.locations().remove(place);
            }
            editor.commit();
        }));
        editor.locations().addListener((SetChangeListener<BackLocation>) change ->
                toggles.forEach((place, toggle) -> toggle.setSelected(editor.locations().contains(place))));
    }

    private void bindKinds() {
        for (var kind : HeadacheKind.values()) {
            var toggle = new ToggleButton(kind.label());
            toggle.setAccessibleHelp("Kind of headache");
            toggle.setUserData(kind);
            toggle.setToggleGroup(kinds);
            toggle.getStyleClass().add("kind-choice");
            toggle.setOnAction(event -> {
                editor.kindProperty().set(toggle.isSelected() ? kind : null);
                editor.commit();
            });
            kindChoices.getChildren().add(toggle);
        }
        editor.kindProperty().addListener((observable, old, kind) -> kinds.getToggles().forEach(toggle ->
                toggle.setSelected(toggle.getUserData() == kind)));
    }

    /**
     * While the day has attacks its headache, kind and hours are theirs: the day's own boxes give way to words
     * saying so, and come back, with the attacks' values, when the last attack is removed.
     */
    private void bindAttacks() {
        var attacks = editor.attacks();
        var hasAttacks = attacks.hasAttacks();
        dayHeadache.visibleProperty().bind(hasAttacks.not());
        dayHeadache.managedProperty().bind(dayHeadache.visibleProperty());
        fromAttacksLabel.textProperty().bind(attacks.fromAttacksProperty());
        fromAttacksLabel.visibleProperty().bind(hasAttacks.and(attacks.fromAttacksProperty().isNotEmpty()));
        fromAttacksLabel.managedProperty().bind(fromAttacksLabel.visibleProperty());
        attacks.attacks().addListener((ListChangeListener<AttackRow>) change -> showWhenAddedOrRemoved(change));
        attacks.offered().addListener((ListChangeListener<KeptMedicine>) change -> showMedications());
    }

    private void bindMedications() {
        editor.medications().addListener((ListChangeListener<MedicationRow>) change -> showWhenAddedOrRemoved(change));
        showMedications();
    }

    private void showWhenAddedOrRemoved(ListChangeListener.Change<?> change) {
        while (change.next()) {
            if (change.wasAdded() || change.wasRemoved()) {
                showMedications();
                return;
            }
        }
    }

    /** Shows the attacks, each with its medications, the day's own medications, and the kept medicines offered. */
    private void showMedications() {
        shown.clear();
        var attacks = editor.attacks();
        var attackView = new AttackRowView(attacks, editor::commit, this::commitWhenFinished, this::medicationView,
                row -> focusLater(row, MedicationRowView::focusTime));
        var rows = attacks.attacks();
        attackRows.getChildren().setAll(rows.stream().map(attack -> {
            var node = attackView.of(attack, rows.indexOf(attack) + 1);
            shown.put(attack, node);
            return node;
        }).toList());
        medicationRows.getChildren().setAll(attacks.medicationsFor(null).stream().map(this::medicationView).toList());
        var choices = medicationChoices.getChildren();
        choices.retainAll(choices.get(0));
        attacks.offered().forEach(medicine -> {
            var button = new Button(AttacksViewModel.label(medicine));
            button.getStyleClass().add("kept-medicine");
            button.setAccessibleText("Took " + AttacksViewModel.label(medicine) + " today, not for an attack");
            button.setOnAction(event -> {
                var row = attacks.took(medicine, null);
                editor.commit();
                focusLater(row, MedicationRowView::focusTime);
            });
            choices.add(button);
        });
    }

    private Node medicationView(MedicationRow row) {
        var node = MedicationRowView.of(row, () -> {
            editor.medications().remove(row);
            editor.commit();
        }, editor::commit, this::commitWhenFinished);
        shown.put(row, node);
        return node;
    }

    /** Puts the keyboard in what was just added, once it is on show. */
    private void focusLater(Object added, Consumer<Node> focus) {
        Platform.runLater(() -> Optional.ofNullable(shown.get(added)).ifPresent(focus));
    }

    /** Alt+A adds an attack; Alt+C opens the field to tick factors by name. */
    private void shortcut(KeyEvent event) {
        if (!event.isAltDown() || event.isControlDown() || event.isShortcutDown()) {
            return;
        }
        if (event.getCode() == KeyCode.A) {
            event.consume();
            addAttack();
        } else if (event.getCode() == KeyCode.C) {
            event.consume();
            focusFactorEntry();
        }
    }

    /** Adds an attack and puts the keyboard on its start. */
    @FXML
    private void addAttack() {
        var attack = editor.attacks().add();
        focusLater(attack, AttackRowView::focus);
    }

    private void bindErrors() {
        DayFieldErrors.show(editor, backPainError, DayField.BACK_PAIN, backPainField);
        DayFieldErrors.show(editor, locationError, DayField.BACK_PAIN_LOCATION, null);
        DayFieldErrors.show(editor, headacheError, DayField.HEADACHE, headacheField);
        DayFieldErrors.show(editor, kindError, DayField.HEADACHE_KIND, null);
        DayFieldErrors.show(editor, headacheHoursError, DayField.HEADACHE_HOURS, headacheHoursField);
        DayFieldErrors.show(editor, medicationError, DayField.MEDICATION, null);
        DayFieldErrors.show(editor, sleepError, DayField.SLEEP_HOURS, sleepField);
        DayFieldErrors.show(editor, stressError, DayField.STRESS, stressField);
        DayFieldErrors.show(editor, notesError, DayField.NOTES, notesArea);
    }

    /** Adds a row and puts the keyboard in it, on its class. */
    @FXML
    private void addMedication() {
        editor.attacks().took(null);
        var rows = medicationRows.getChildren();
        if (!rows.isEmpty()) {
            MedicationRowView.focus(rows.get(rows.size() - 1));
        }
    }

    /** The heading with the day and its save state, which the diary pins in view when it scrolls away. */
    Node heading() {
        return heading;
    }

    /** Opens the field for factors and puts the keyboard in it ({@link FactorTicksView#focusEntry}). */
    void focusFactorEntry() {
        factorTicks.focusEntry();
    }

    /** The banner to seek medical help, beside the checklist. */
    Node banner() {
        return warningBanner;
    }

    @FXML
    private void deleteDay() {
        var day = editor.dateProperty().get();
        var delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "The record of " + Dates.ofUser().withWeekday(day)
                + " will be deleted; the day will show as not recorded. You can undo this.", delete,
                ButtonType.CANCEL);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle("Delete Day");
        alert.setHeaderText("Delete this day's record?");
        alert.showAndWait().filter(delete::equals).ifPresent(button -> diary.deleteSelected());
    }
}
