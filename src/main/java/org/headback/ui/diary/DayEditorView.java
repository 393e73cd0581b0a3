package org.headback.ui.diary;

import static org.headback.ui.Nodes.onAction;

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
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.headback.diary.BackLocation;
import org.headback.diary.DayField;
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


    private final DayEditorLayout layout = new DayEditorLayout();
    private final DiaryViewModel diary;
    private final DayEditorViewModel editor;
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    private final ToggleGroup kinds = new ToggleGroup();
    /** The node of each attack and medication on show, to put the keyboard on the one just added. */
    private final Map<Object, Node> shown = new HashMap<>();
    private List<Node> laterSections = List.of();
    private boolean scoreWantsKeyboard;
    private FactorTicksView factorTicks;

    public DayEditorView(DiaryViewModel diary) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.editor = diary.editor();
        typingPause.setOnFinished(event -> editor.commit());
        layout.dateTitle.textProperty().bind(Bindings.createStringBinding(() -> editor.dateProperty().get() == null
                ? "" : Dates.ofUser().withWeekday(editor.dateProperty().get()), editor.dateProperty()));
        layout.saveState.textProperty().bind(editor.saveStateProperty());
        layout.notTodayLabel.textProperty().bind(editor.notTodayProperty());
        layout.notTodayLabel.visibleProperty().bind(editor.notTodayProperty().isNotEmpty());
        layout.notTodayLabel.managedProperty().bind(layout.notTodayLabel.visibleProperty());
        ScaleInput.bind(layout.backPainSlider, layout.backPainField, editor.backPainProperty(), editor::commit);
        ScaleInput.bind(layout.headacheSlider, layout.headacheField, editor.headacheProperty(), editor::commit);
        ScaleInput.bind(layout.stressSlider, layout.stressField, editor.stressProperty(), editor::commit);
        layout.headacheHoursField.textProperty().bindBidirectional(editor.headacheHoursProperty());
        layout.sleepField.textProperty().bindBidirectional(editor.sleepHoursProperty());
        layout.notesArea.textProperty().bindBidirectional(editor.notesProperty());
        for (var input : new TextInputControl[] {layout.backPainField, layout.headacheField, layout.stressField,
            layout.headacheHoursField, layout.sleepField, layout.notesArea}) {
            commitWhenFinished(input);
        }
        bindLocations();
        bindKinds();
        bindAttacks();
        bindMedications();
        layout.root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        factorTicks = new FactorTicksView(diary.factorTicks(), new FactorTicksView.Parts(layout.factorsTitle,
                layout.factorChips, layout.factorAdding, layout.newFactorField, layout.newFactorEffect,
                layout.factorSuggestions, layout.factorError, layout.backFactors, layout.backFactorChips));
        bindErrors();
        CopyControls.attach(layout.root, layout.saveState, diary);
        layout.deleteButton.disableProperty().bind(editor.recordedProperty().not());
        onAction(layout.addAttackButton, this::addAttack);
        onAction(layout.addMedicationButton, this::addMedication);
        onAction(layout.deleteButton, this::deleteDay);
        var sections = layout.root.getChildren();
        laterSections = List.copyOf(sections.subList(sections.indexOf(layout.firstLaterSection()), sections.size()));
        sections.removeAll(laterSections);
    }

    /** Makes the warning signs' checklist and puts back the sections below the heading, kept out of the first frame. */
    public void attachLaterSections() {
        if (layout.warningSignChecks.getChildren().isEmpty()) {
            WarningSignChecklist.bind(editor, layout.warningSignsTitle, layout.warningBanner,
                    layout.warningBannerTitle, layout.warningBannerText, layout.warningSignChecks);
        }
        layout.root.getChildren().removeAll(laterSections);
        layout.root.getChildren().addAll(laterSections);
        if (scoreWantsKeyboard && layout.root.isFocused()) {
            layout.backPainField.requestFocus();
        }
        scoreWantsKeyboard = false;
    }

    /**
     * Puts the keyboard in the back pain score, or, before the scores have joined the window, in the entry until
     * they do (so it is not left in the first field of the window meanwhile).
     */
    public void focusFirstScore() {
        if (layout.backPainField.getScene() != null) {
            layout.backPainField.requestFocus();
        } else {
            scoreWantsKeyboard = true;
            layout.root.requestFocus();
        }
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
        var toggles = Map.of(BackLocation.LOWER_BACK, layout.lowerBackToggle, BackLocation.UPPER_BACK,
                layout.upperBackToggle, BackLocation.NECK, layout.neckToggle);
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
            layout.kindChoices.getChildren().add(toggle);
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
        layout.dayHeadache.visibleProperty().bind(hasAttacks.not());
        layout.dayHeadache.managedProperty().bind(layout.dayHeadache.visibleProperty());
        layout.fromAttacksLabel.textProperty().bind(attacks.fromAttacksProperty());
        layout.fromAttacksLabel.visibleProperty().bind(hasAttacks.and(attacks.fromAttacksProperty().isNotEmpty()));
        layout.fromAttacksLabel.managedProperty().bind(layout.fromAttacksLabel.visibleProperty());
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
        layout.attackRows.getChildren().setAll(rows.stream().map(attack -> {
            var node = attackView.of(attack, rows.indexOf(attack) + 1);
            shown.put(attack, node);
            return node;
        }).toList());
        layout.medicationRows.getChildren().setAll(attacks.medicationsFor(null).stream().map(this::medicationView)
                .toList());
        var choices = layout.medicationChoices.getChildren();
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
    private void addAttack() {
        var attack = editor.attacks().add();
        focusLater(attack, AttackRowView::focus);
    }

    private void bindErrors() {
        DayFieldErrors.show(editor, layout.backPainError, DayField.BACK_PAIN, layout.backPainField);
        DayFieldErrors.show(editor, layout.locationError, DayField.BACK_PAIN_LOCATION, null);
        DayFieldErrors.show(editor, layout.headacheError, DayField.HEADACHE, layout.headacheField);
        DayFieldErrors.show(editor, layout.kindError, DayField.HEADACHE_KIND, null);
        DayFieldErrors.show(editor, layout.headacheHoursError, DayField.HEADACHE_HOURS, layout.headacheHoursField);
        DayFieldErrors.show(editor, layout.medicationError, DayField.MEDICATION, null);
        DayFieldErrors.show(editor, layout.sleepError, DayField.SLEEP_HOURS, layout.sleepField);
        DayFieldErrors.show(editor, layout.stressError, DayField.STRESS, layout.stressField);
        DayFieldErrors.show(editor, layout.notesError, DayField.NOTES, layout.notesArea);
    }

    /** Adds a row and puts the keyboard in it, on its class. */
    private void addMedication() {
        editor.attacks().took(null);
        var rows = layout.medicationRows.getChildren();
        if (!rows.isEmpty()) {
            MedicationRowView.focus(rows.get(rows.size() - 1));
        }
    }

    public Parent root() {
        return layout.root;
    }

    /** The heading with the day and its save state, which the diary pins in view when it scrolls away. */
    Node heading() {
        return layout.heading;
    }

    /** Opens the field for factors and puts the keyboard in it ({@link FactorTicksView#focusEntry}). */
    void focusFactorEntry() {
        factorTicks.focusEntry();
    }

    /** The banner to seek medical help, beside the checklist. */
    Node banner() {
        return layout.warningBanner;
    }

    private void deleteDay() {
        var day = editor.dateProperty().get();
        var delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "The record of " + Dates.ofUser().withWeekday(day)
                + " will be deleted; the day will show as not recorded. You can undo this.", delete,
                ButtonType.CANCEL);
        alert.initOwner(layout.root.getScene().getWindow());
        alert.setTitle("Delete Day");
        alert.setHeaderText("Delete this day's record?");
        alert.showAndWait().filter(delete::equals).ifPresent(button -> diary.deleteSelected());
    }
}
