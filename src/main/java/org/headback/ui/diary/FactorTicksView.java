package org.headback.ui.diary;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import org.headback.diary.Factor;
import org.headback.diary.SuggestedFactors.Suggestion;

/**
 * The day's factors in the entry: a chip per factor, ticked with a click or Space; its context menu (right click,
 * the context-menu key or Shift+F10) renames or hides it. A user with no factor sees one small button and nothing
 * else; it opens a field for a new factor and a few suggestions.
 */
final class FactorTicksView {
    private final FactorTicksViewModel ticks;
    private final FlowPane chips;
    private final TextField newFactor;
    private final FlowPane suggestions;
    private final Button track = new Button();

    /**
     * @param adding the row with the field for a new factor and the suggestions, shown while adding
     */
    FactorTicksView(FactorTicksViewModel ticks, Label title, FlowPane chips, Node adding, TextField newFactor,
                    FlowPane suggestions, Label error) {
        this.ticks = Objects.requireNonNull(ticks, "ticks");
        this.chips = chips;
        this.newFactor = newFactor;
        this.suggestions = suggestions;
        var used = ticks.addingProperty().or(Bindings.isNotEmpty(ticks.shown()));
        title.visibleProperty().bind(used);
        title.managedProperty().bind(used);
        adding.visibleProperty().bind(ticks.addingProperty());
        adding.managedProperty().bind(ticks.addingProperty());
        var suggesting = ticks.addingProperty().and(Bindings.isNotEmpty(ticks.suggestions()));
        suggestions.visibleProperty().bind(suggesting);
        suggestions.managedProperty().bind(suggesting);
        error.textProperty().bind(ticks.problemProperty());
        error.visibleProperty().bind(ticks.problemProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        track.getStyleClass().addAll("flat", "track-factor");
        track.setOnAction(event -> startAdding());
        newFactor.setOnKeyPressed(this::keyInField);
        ticks.shown().addListener((ListChangeListener<Factor>) change -> showChips());
        ticks.suggestions().addListener((ListChangeListener<Suggestion>) change -> showSuggestions());
        ticks.tickedProperty().addListener((observable, old, now) -> chips.getChildren().forEach(chip -> {
            if (chip instanceof ToggleButton toggle) {
                toggle.setSelected(ticks.isTicked((Factor) toggle.getUserData()));
            }
        }));
        showChips();
        showSuggestions();
    }

    private void startAdding() {
        ticks.startAdding();
        newFactor.requestFocus();
    }

    private void keyInField(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            if (ticks.add(newFactor.getText())) {
                newFactor.clear();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            newFactor.clear();
            ticks.stopAdding();
            track.requestFocus();
            event.consume();
        }
    }

    private void showChips() {
        boolean wasInside = chips.getChildren().stream().anyMatch(Node::isFocused);
        track.setText(ticks.shown().isEmpty() ? "Track a factor…" : "Add a factor…");
        chips.getChildren().setAll(ticks.shown().stream().map(this::chip).toList());
        chips.getChildren().add(track);
        if (wasInside) {
            track.requestFocus();
        }
    }

    private Node chip(Factor factor) {
        var chip = new ToggleButton(factor.name());
        chip.setUserData(factor);
        chip.getStyleClass().add("factor-chip");
        chip.setSelected(ticks.isTicked(factor));
        chip.setAccessibleHelp("Factor: Space ticks it; the context menu renames or hides it");
        chip.setOnAction(event -> ticks.tick(factor, chip.isSelected()));
        var rename = new MenuItem("Rename…");
        rename.setOnAction(event -> rename(chip, factor));
        var hide = new MenuItem("Hide (its days keep it)");
        hide.setOnAction(event -> ticks.hide(factor));
        var menu = new ContextMenu(rename, hide);
        chip.setContextMenu(menu);
        chip.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.CONTEXT_MENU || event.getCode() == KeyCode.F10 && event.isShiftDown()) {
                menu.show(chip, Side.BOTTOM, 0, 0);
                event.consume();
            }
        });
        return chip;
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
                    .orElse(newFactor).requestFocus();
        }
    }
}
