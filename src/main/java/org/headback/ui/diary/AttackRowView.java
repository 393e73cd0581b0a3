package org.headback.ui.diary;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.headback.diary.AttackCost;
import org.headback.diary.Aura;
import org.headback.diary.HeadacheKind;
import org.headback.diary.KeptMedicine;
import org.headback.diary.Symptom;
import org.headback.text.Coded;

/**
 * One attack in the editor: start, duration or end, peak, kind, aura, what came with it and what it cost, a note,
 * the medications taken for it, and the kept medicines as one choice each (Alt+1 to Alt+9 from within the attack).
 * The end field is skipped while a duration is typed, and the duration while an end is: one derives the other.
 */
final class AttackRowView {
    private static final String START_STYLE = "attack-start";

    private final AttacksViewModel attacks;
    private final Runnable commit;
    private final Consumer<TextInputControl> finishing;
    private final Function<MedicationRow, Node> medicationView;
    private final Consumer<MedicationRow> chosen;

    /**
     * @param medicationView the view of one of its medications
     * @param chosen         what follows a medication added for it: the keyboard goes to the new medication
     */
    AttackRowView(AttacksViewModel attacks, Runnable commit, Consumer<TextInputControl> finishing,
                  Function<MedicationRow, Node> medicationView, Consumer<MedicationRow> chosen) {
        this.attacks = Objects.requireNonNull(attacks, "attacks");
        this.commit = commit;
        this.finishing = finishing;
        this.medicationView = medicationView;
        this.chosen = chosen;
    }

    VBox of(AttackRow attack, int number) {
        var title = new Label("Attack " + number);
        title.getStyleClass().add("attack-title");
        var derived = new Label();
        derived.getStyleClass().add("attack-derived");
        derived.textProperty().bind(attack.derivedProperty());
        var start = field("HH:MM", "Attack " + number + ": start, HH:MM", 4, attack.startProperty().get());
        start.getStyleClass().add(START_STYLE);
        start.textProperty().bindBidirectional(attack.startProperty());
        var duration = field("3h, 90 min", "Attack " + number + ": how long it lasted", 5, null);
        duration.textProperty().bindBidirectional(attack.durationProperty());
        var end = field("HH:MM", "Attack " + number + ": when it ended, instead of how long", 4, null);
        end.textProperty().bindBidirectional(attack.endProperty());
        duration.disableProperty().bind(Bindings.isNotEmpty(attack.endProperty()));
        end.disableProperty().bind(Bindings.isNotEmpty(attack.durationProperty()));
        var peak = field("0–10", "Attack " + number + ": peak, 0 to 10", 2, null);
        peak.textProperty().bindBidirectional(attack.peakProperty());
        var note = field("Note", "Attack " + number + ": note", 20, null);
        note.textProperty().bindBidirectional(attack.noteProperty());
        for (var input : new TextInputControl[] {start, duration, end, peak, note}) {
            finishing.accept(input);
        }
        var heading = new HBox(title, derived);
        heading.getStyleClass().add("attack-line");
        // Each word stays with its box, and the three pairs wrap onto a second line in a narrow entry rather than
        // cutting "From" and "or until" short.
        var times = new FlowPane(pair("From", start), pair("for", duration), pair("or until", end));
        times.getStyleClass().add("attack-times");
        var problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> attack.problemProperty().get().isEmpty() ? ""
                : "Attack " + number + ": " + attack.problemProperty().get(), attack.problemProperty()));
        problem.visibleProperty().bind(Bindings.isNotEmpty(attack.problemProperty()));
        markWrong(attack, Map.of("the start", start, "an end time", start, "the end", end, "the duration", duration,
                "the peak", peak, "the note", note));
        problem.managedProperty().bind(problem.visibleProperty());
        var kinds = oneOf(HeadacheKind.values(), attack.kindProperty().get(), attack.kindProperty()::set);
        var aura = oneOf(Aura.values(), attack.auraProperty().get(), attack.auraProperty()::set);
        var card = new VBox(heading, times, labelled("Peak", peak), problem, kinds, labelled("Aura", aura),
                labelled("With", someOf(Symptom.values(), attack.with())),
                labelled("Cost", someOf(AttackCost.values(), attack.cost())), note);
        attacks.medicationsFor(attack).forEach(row -> card.getChildren().add(medicationView.apply(row)));
        card.getChildren().add(actions(attack, number));
        card.getStyleClass().add("attack");
        card.addEventHandler(KeyEvent.KEY_PRESSED, event -> keptByKey(event, attack));
        return card;
    }

    /** Marks the field the attack's problem names ("the peak 11 is not…"), as the day's own fields are marked. */
    private static void markWrong(AttackRow attack, Map<String, TextField> fields) {
        attack.problemProperty().addListener((observable, old, problem) -> {
            fields.values().forEach(field -> field.getStyleClass().remove("invalid"));
            fields.forEach((name, field) -> {
                if (problem.startsWith(name)) {
                    field.getStyleClass().add("invalid");
                }
            });
        });
    }

    /** Alt+1 to Alt+9: the kept medicine of that place, taken for this attack. */
    private void keptByKey(KeyEvent event, AttackRow attack) {
        if (!event.isAltDown() || !event.getCode().isDigitKey()) {
            return;
        }
        var code = event.getCode();
        int digit = code.ordinal() - (code.isKeypadKey() ? KeyCode.NUMPAD0 : KeyCode.DIGIT0).ordinal();
        if (digit >= 1 && digit <= attacks.offered().size()) {
            event.consume();
            take(attacks.offered().get(digit - 1), attack);
        }
    }

    private void take(KeptMedicine medicine, AttackRow attack) {
        var row = attacks.took(medicine, attack);
        commit.run();
        chosen.accept(row);
    }

    private FlowPane actions(AttackRow attack, int number) {
        var actions = new FlowPane(new Label("Took:"));
        actions.getStyleClass().addAll("choices", "attack-actions");
        List<KeptMedicine> offered = attacks.offered();
        for (int i = 0; i < offered.size(); i++) {
            var medicine = offered.get(i);
            var button = new Button(AttacksViewModel.label(medicine) + (i < 9 ? " (Alt+" + (i + 1) + ")" : ""));
            button.getStyleClass().add("kept-medicine");
            button.setAccessibleText("Took " + AttacksViewModel.label(medicine) + " for attack " + number);
            button.setOnAction(event -> take(medicine, attack));
            actions.getChildren().add(button);
        }
        var byHand = new Button("Took…");
        byHand.setAccessibleText("Add a medication taken for attack " + number + ", typed by hand");
        byHand.setOnAction(event -> {
            var row = attacks.took(attack);
            chosen.accept(row);
        });
        var remove = new Button("Remove attack " + number);
        remove.getStyleClass().add("remove-attack");
        remove.setOnAction(event -> {
            attacks.remove(attack);
            commit.run();
        });
        actions.getChildren().addAll(byHand, remove);
        return actions;
    }

    /** Puts the keyboard focus on an attack's start. */
    static void focus(Node attack) {
        attack.lookupAll("." + START_STYLE).stream().findFirst().ifPresent(Node::requestFocus);
    }

    private static TextField field(String prompt, String accessible, int columns, String text) {
        var field = new TextField(text);
        field.setPromptText(prompt);
        field.setAccessibleText(accessible);
        field.setPrefColumnCount(columns);
        return field;
    }

    /** A word and its box, kept together: the word never shortened. */
    private static HBox pair(String word, Node box) {
        var label = new Label(word);
        label.setMinWidth(Region.USE_PREF_SIZE);
        var pair = new HBox(label, box);
        pair.getStyleClass().add("attack-line");
        return pair;
    }

    private static HBox labelled(String name, Node choices) {
        var label = new Label(name);
        label.getStyleClass().add("attack-label");
        var line = new HBox(label, choices);
        line.getStyleClass().add("attack-line");
        return line;
    }

    /** Toggles of which one at most is chosen; choosing the chosen one again chooses none. */
    private <E extends Enum<E> & Coded> FlowPane oneOf(E[] values, E current, Consumer<E> choose) {
        var group = new ToggleGroup();
        var pane = new FlowPane();
        pane.getStyleClass().add("choices");
        for (var value : values) {
            var toggle = new ToggleButton(value.label());
            toggle.setToggleGroup(group);
            toggle.setSelected(value == current);
            toggle.setOnAction(event -> {
                choose.accept(toggle.isSelected() ? value : null);
                commit.run();
            });
            pane.getChildren().add(toggle);
        }
        return pane;
    }

    /** Toggles, each on or off. */
    private <E extends Enum<E> & Coded> FlowPane someOf(E[] values, ObservableSet<E> chosen) {
        var pane = new FlowPane();
        pane.getStyleClass().add("choices");
        for (var value : values) {
            var toggle = new ToggleButton(value.label());
            toggle.setSelected(chosen.contains(value));
            toggle.setOnAction(event -> {
                if (toggle.isSelected()) {
                    chosen.add(value);
                } else {
                    chosen.remove(value);
                }
                commit.run();
            });
            chosen.addListener((SetChangeListener<E>) change -> toggle.setSelected(chosen.contains(value)));
            pane.getChildren().add(toggle);
        }
        return pane;
    }
}
