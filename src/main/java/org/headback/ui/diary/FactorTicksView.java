package org.headback.ui.diary;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.headback.diary.Factor;
import org.headback.diary.FactorEffect;
import org.headback.diary.SuggestedFactors.Suggestion;

/**
 * The day's factors in the entry: a chip per factor, ticked with a click or Space; its context menu (right click,
 * the context-menu key or Shift+F10) renames or hides it, or says what it does to the back. The factors that ease or
 * worsen the back are offered in the back pain's part, marked so; the others in the factor area. A user with no
 * factor sees one small button and nothing else; it opens a field for new factors ("coffee; long drive", or the
 * beginning of one known, then Enter) and a few suggestions.
 */
final class FactorTicksView {
    /**
     * The nodes of the entry this view fills.
     *
     * @param adding   the row with the field for a new factor and the suggestions, shown while adding
     * @param backPart the back pain's factors with their title, shown while there is one
     */
    record Parts(Label title, FlowPane chips, Node adding, TextField newFactor, ChoiceBox<FactorEffect> newEffect,
                 FlowPane suggestions, Label error, Node backPart, FlowPane backChips) {
    }

    private final FactorTicksViewModel ticks;
    private final Parts parts;
    private final Button track = new Button();

    FactorTicksView(FactorTicksViewModel ticks, Parts parts) {
        this.ticks = Objects.requireNonNull(ticks, "ticks");
        this.parts = Objects.requireNonNull(parts, "parts");
        var used = ticks.addingProperty().or(Bindings.isNotEmpty(ticks.shown()));
        showWhile(parts.title(), used);
        showWhile(parts.adding(), ticks.addingProperty());
        showWhile(parts.suggestions(), ticks.addingProperty().and(Bindings.isNotEmpty(ticks.suggestions())));
        showWhile(parts.backPart(), Bindings.isNotEmpty(ticks.forTheBack()));
        parts.error().textProperty().bind(ticks.problemProperty());
        showWhile(parts.error(), ticks.problemProperty().isNotEmpty());
        bindEffectChoice(parts.newEffect());
        track.getStyleClass().addAll("flat", "track-factor");
        track.setOnAction(event -> focusEntry());
        parts.newFactor().setOnKeyPressed(this::keyInField);
        ticks.shown().addListener((ListChangeListener<Factor>) change -> showChips());
        ticks.suggestions().addListener((ListChangeListener<Suggestion>) change -> showSuggestions());
        ticks.tickedProperty().addListener((observable, old, now) -> List.of(parts.chips(), parts.backChips())
                .forEach(pane -> pane.getChildren().forEach(chip -> {
                    if (chip instanceof ToggleButton toggle) {
                        toggle.setSelected(ticks.isTicked((Factor) toggle.getUserData()));
                    }
                })));
        showChips();
        showSuggestions();
    }

    private static void showWhile(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Opens the field for factors and puts the keyboard in it: the keyboard's way to tick factors by name. */
    void focusEntry() {
        ticks.startAdding();
        parts.newFactor().requestFocus();
    }

    private void bindEffectChoice(ChoiceBox<FactorEffect> choice) {
        choice.getItems().setAll(FactorEffect.values());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(FactorEffect effect) {
                return effect == null ? "" : FactorWords.newFactor(effect);
            }

            @Override
            public FactorEffect fromString(String text) {
                throw new UnsupportedOperationException("a choice is picked, never typed");
            }
        });
        choice.valueProperty().bindBidirectional(ticks.newEffectProperty());
    }

    private void keyInField(KeyEvent event) {
        var field = parts.newFactor();
        if (event.getCode() == KeyCode.ENTER) {
            if (ticks.enter(field.getText())) {
                field.clear();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            field.clear();
            ticks.stopAdding();
            track.requestFocus();
            event.consume();
        }
    }

    private void showChips() {
        boolean wasInside = List.of(parts.chips(), parts.backChips()).stream()
                .flatMap(pane -> pane.getChildren().stream()).anyMatch(Node::isFocused);
        track.setText(ticks.shown().isEmpty() ? "Track a factor…" : "Add a factor…");
        parts.backChips().getChildren().setAll(ticks.forTheBack().stream().map(this::chip).toList());
        parts.chips().getChildren().setAll(ticks.others().stream().map(this::chip).toList());
        parts.chips().getChildren().add(track);
        if (wasInside) {
            track.requestFocus();
        }
    }

    private Node chip(Factor factor) {
        var chip = new ToggleButton(factor.name());
        chip.setUserData(factor);
        chip.getStyleClass().add("factor-chip");
        if (factor.effect() != FactorEffect.NONE) {
            var mark = new Label(FactorWords.mark(factor.effect()));
            mark.getStyleClass().addAll("effect-mark", FactorWords.styleClass(factor.effect()));
            chip.setGraphic(mark);
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.setAccessibleText(factor.name() + ", " + FactorWords.spoken(factor.effect()));
        }
        chip.setSelected(ticks.isTicked(factor));
        chip.setAccessibleHelp("Factor: Space ticks it; the context menu renames or hides it, or says what it does"
                + " to the back");
        chip.setOnAction(event -> ticks.tick(factor, chip.isSelected()));
        var rename = new MenuItem("Rename…");
        rename.setOnAction(event -> rename(chip, factor));
        var hide = new MenuItem("Hide (its days keep it)");
        hide.setOnAction(event -> ticks.hide(factor));
        var menu = new ContextMenu(rename, hide, effectMenu(factor));
        chip.setContextMenu(menu);
        chip.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.CONTEXT_MENU || event.getCode() == KeyCode.F10 && event.isShiftDown()) {
                menu.show(chip, Side.BOTTOM, 0, 0);
                event.consume();
            }
        });
        return chip;
    }

    private Menu effectMenu(Factor factor) {
        var menu = new Menu("Effect on the back");
        var group = new ToggleGroup();
        for (var effect : FactorEffect.values()) {
            var item = new RadioMenuItem(FactorWords.choice(effect));
            item.setToggleGroup(group);
            item.setSelected(effect == factor.effect());
            item.setOnAction(event -> {
                if (effect != factor.effect()) {
                    ticks.changeEffect(factor, effect);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private void rename(Node chip, Factor factor) {
        var dialog = new TextInputDialog(factor.name());
        dialog.initOwner(chip.getScene().getWindow());
        dialog.setTitle("Rename Factor");
        dialog.setHeaderText("Rename " + factor.name() + "? Every day it is ticked keeps it.");
        dialog.setContentText("New name:");
        dialog.showAndWait().ifPresent(name -> ticks.rename(factor, name));
    }

    private void showSuggestions() {
        var suggestions = parts.suggestions();
        boolean wasInside = suggestions.getChildren().stream().anyMatch(Node::isFocused);
        suggestions.getChildren().setAll(new Label("Suggested:"));
        ticks.suggestions().forEach(suggestion -> {
            var button = new Button(suggestion.factor().name());
            button.getStyleClass().addAll("flat", "suggested-factor");
            button.setTooltip(new Tooltip(suggestion.source()));
            button.setAccessibleHelp("Suggested factor: switches it on");
            button.setOnAction(event -> ticks.switchOn(suggestion));
            suggestions.getChildren().add(button);
        });
        if (wasInside) {
            suggestions.getChildren().stream().filter(Button.class::isInstance).findFirst()
                    .orElse(parts.newFactor()).requestFocus();
        }
    }
}
