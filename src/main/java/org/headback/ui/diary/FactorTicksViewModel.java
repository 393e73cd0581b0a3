package org.headback.ui.diary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.diary.DayText;
import org.headback.diary.Diary;
import org.headback.diary.Factor;
import org.headback.diary.InvalidValueException;
import org.headback.diary.SuggestedFactors;
import org.headback.diary.SuggestedFactors.Suggestion;
import org.headback.ui.TaskRunner;

/**
 * The day's yes/no factors in the entry: ticked in one click and saved as any other change of the day; added,
 * switched on from the suggestions, renamed and hidden through the diary. A factor hidden but ticked on the day on
 * show stays ticked: only a shown factor's own tick is ever changed.
 */
public final class FactorTicksViewModel {
    /** How many suggestions not yet switched on are offered at once. */
    static final int SUGGESTIONS_SHOWN = 5;

    // Properties
    private final ObservableList<Factor> shown = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    /** The day's ticked names, in the form two names are one factor ({@link Factor#sameIgnoringCase}). */
    private final ReadOnlyObjectWrapper<Set<String>> ticked = new ReadOnlyObjectWrapper<>(this, "ticked", Set.of());
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(this, "adding");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private final Diary diary;
    private final TaskRunner runner;
    private final DayEditorViewModel editor;
    private final SuggestedFactors catalogue;
    private final Runnable renamed;
    /** Every factor, hidden ones too, as last read. */
    private List<Factor> all = List.of();

    /**
     * @param renamed reads the days on show again (the day in the entry, the month, the list) after a rename changed
     *                the name they hold
     */
    public FactorTicksViewModel(Diary diary, TaskRunner runner, DayEditorViewModel editor,
                                SuggestedFactors catalogue, Runnable renamed) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.renamed = Objects.requireNonNull(renamed, "renamed");
        editor.factorsProperty().addListener((observable, old, text) -> ticked.set(folded(names(text))));
    }

    // Commands

    /** Reads the diary's factors again (after an import, which may have made some). */
    public void refresh() {
        runner.runQuietly(diary::factors, this::showFactors, this::refused);
    }

    /** Ticks or unticks a shown factor on the day on show, under its stored name, and saves the day. */
    public void tick(Factor factor, boolean on) {
        var key = Factor.sameIgnoringCase(factor.name());
        var names = names(editor.factorsProperty().get());
        names.removeIf(name -> Factor.sameIgnoringCase(name).equals(key));
        if (on) {
            names.add(factor.name());
        }
        editor.factorsProperty().set(DayText.factorsText(names));
        editor.commit();
    }

    /** Opens the small field for a new factor, with the suggestions not switched on yet. */
    public void startAdding() {
        problem.set("");
        adding.set(true);
    }

    public void stopAdding() {
        problem.set("");
        adding.set(false);
    }

    /**
     * Adds the user's own factor and ticks it on the day on show; a name the diary has already (ignoring case) ticks
     * that factor, shown again if it was hidden. A name that cannot be a factor's is refused in words, and nothing
     * changes. True when the name was taken (the field may be emptied).
     */
    public boolean add(String typed) {
        String name;
        try {
            name = Factor.checkName(typed);
        } catch (InvalidValueException e) {
            problem.set(e.problem());
            return false;
        }
        problem.set("");
        var known = find(name);
        if (known.filter(factor -> !factor.hidden()).isPresent()) {
            tick(known.get(), true);
            return true;
        }
        change(known.isPresent() ? "Showing " + name + " again…" : "Adding " + name + "…", () -> {
            if (known.isPresent()) {
                diary.hideFactor(known.get().name(), false);
            } else {
                diary.addFactor(Factor.own(name));
            }
            return diary.factors();
        }, factors -> find(name).ifPresent(factor -> tick(factor, true)));
        return true;
    }

    /** Switches a suggestion on: from now on it is one of the user's factors, offered on every day. */
    public void switchOn(Suggestion suggestion) {
        problem.set("");
        change("Adding " + suggestion.factor().name() + "…", () -> {
            diary.addFactor(suggestion.factor());
            return diary.factors();
        }, factors -> { });
    }

    /**
     * Renames a factor; every day it was ticked keeps it under the new name, and the days on show are read again, so
     * that the day in the entry is next saved with the name the diary has. Refused while the day on show has a value
     * that cannot be saved.
     */
    public void rename(Factor factor, String typed) {
        String name;
        try {
            name = Factor.checkName(typed);
        } catch (InvalidValueException e) {
            problem.set(e.problem());
            return;
        }
        // The day on show is read again after the rename; a value that cannot be saved yet would keep the old name.
        var unsaved = editor.unsavedProblem();
        if (unsaved.isPresent()) {
            problem.set("Not renamed: " + unsaved.get());
            return;
        }
        problem.set("");
        editor.commit();
        change("Renaming " + factor.name() + "…", () -> {
            diary.renameFactor(factor.name(), name);
            return diary.factors();
        }, factors -> renamed.run());
    }

    /** Hides a factor from the entry; no day loses it, and a day on which it is ticked keeps it when saved. */
    public void hide(Factor factor) {
        problem.set("");
        change("Hiding " + factor.name() + "…", () -> {
            diary.hideFactor(factor.name(), true);
            return diary.factors();
        }, factors -> { });
    }

    private void change(String what, Callable<List<Factor>> work, Consumer<List<Factor>> then) {
        runner.run(what, work, factors -> {
            showFactors(factors);
            then.accept(factors);
        }, this::refused);
    }

    private void showFactors(List<Factor> factors) {
        all = List.copyOf(factors);
        shown.setAll(all.stream().filter(factor -> !factor.hidden()).toList());
        var taken = all.stream().map(factor -> Factor.sameIgnoringCase(factor.name())).collect(Collectors.toSet());
        var on = all.stream().flatMap(factor -> factor.suggested().stream()).collect(Collectors.toSet());
        suggestions.setAll(catalogue.all().stream().filter(suggestion -> !on.contains(suggestion.code())
                && !taken.contains(Factor.sameIgnoringCase(suggestion.factor().name())))
                .limit(SUGGESTIONS_SHOWN).toList());
    }

    private void refused(Throwable error) {
        problem.set(error instanceof InvalidValueException invalid ? invalid.problem()
                : "Not changed: " + error.getMessage());
    }

    private Optional<Factor> find(String name) {
        var key = Factor.sameIgnoringCase(name);
        return all.stream().filter(factor -> Factor.sameIgnoringCase(factor.name()).equals(key)).findFirst();
    }

    private static Set<String> names(String text) {
        return text == null ? new LinkedHashSet<>() : DayText.factors(text);
    }

    private static Set<String> folded(Set<String> names) {
        return names.stream().map(Factor::sameIgnoringCase).collect(Collectors.toUnmodifiableSet());
    }

    // Accessors

    /** The factors offered on the day: every one not hidden, in the order they were made. */
    public ObservableList<Factor> shown() {
        return shown;
    }

    /** A few suggestions not switched on yet. */
    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** True when the factor is ticked on the day on show. */
    public boolean isTicked(Factor factor) {
        return ticked.get().contains(Factor.sameIgnoringCase(factor.name()));
    }

    /** Changes whenever the day's ticks do. */
    public ReadOnlyObjectProperty<Set<String>> tickedProperty() {
        return ticked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }

    /** What was refused, in words, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
