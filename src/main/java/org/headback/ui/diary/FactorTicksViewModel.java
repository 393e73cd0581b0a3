package org.headback.ui.diary;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.diary.DayText;
import org.headback.diary.Diary;
import org.headback.diary.DayField;
import org.headback.diary.Factor;
import org.headback.diary.FactorEffect;
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
    private final ObservableList<Factor> forTheBack = FXCollections.observableArrayList();
    private final ObservableList<Factor> others = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<FactorEffect> newEffect = new SimpleObjectProperty<>(this, "newEffect",
            FactorEffect.NONE);
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
        var names = names(editor.factorsProperty().get());
        untick(names, factor.name());
        if (on) {
            names.add(factor.name());
        }
        editor.factorsProperty().set(DayText.factorsText(names));
        editor.commit();
    }

    /** Ticks these factors, by their stored names, on the day on show, and saves the day once. */
    private void tickAll(List<String> stored) {
        var names = names(editor.factorsProperty().get());
        stored.forEach(name -> {
            untick(names, name);
            names.add(name);
        });
        editor.factorsProperty().set(DayText.factorsText(names));
        editor.commit();
    }

    private static void untick(Set<String> names, String name) {
        var key = Factor.sameIgnoringCase(name);
        names.removeIf(ticked -> Factor.sameIgnoringCase(ticked).equals(key));
    }

    /** Opens the small field for a new factor, with the suggestions not switched on yet; a new one affects nothing. */
    public void startAdding() {
        problem.set("");
        newEffect.set(FactorEffect.NONE);
        adding.set(true);
    }

    public void stopAdding() {
        problem.set("");
        adding.set(false);
    }

    /**
     * Adds the user's own factor, with no effect on the back, and ticks it on the day on show; a name the diary has
     * already (ignoring case) ticks that factor, shown again if it was hidden. A name that cannot be a factor's is
     * refused in words, and nothing changes. True when the name was taken (the field may be emptied).
     */
    public boolean add(String typed) {
        return take(List.of(typed), false, FactorEffect.NONE);
    }

    /**
     * What was typed in the factor field, then Enter: one or more names separated by {@code ;} ("coffee; long
     * drive"), each ticked. A name the diary has (ignoring case) ticks that factor under its stored name, shown again
     * if hidden; else a name that begins exactly one shown factor's ticks that one; else a new factor of the user's
     * own is made, with the {@linkplain #newEffectProperty effect chosen}. All or nothing: a name that cannot be a
     * factor's, or that begins several, is refused in words and nothing is ticked. True when all were taken; the
     * effect chosen is then none again.
     */
    public boolean enter(String typed) {
        var names = DayText.factors(typed == null ? "" : typed).stream().map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        boolean taken = take(names.isEmpty() ? List.of("") : names, true, newEffect.get());
        if (taken) {
            // The effect was said for these names: the next one typed starts again at none.
            newEffect.set(FactorEffect.NONE);
        }
        return taken;
    }

    private boolean take(List<String> typed, boolean byPrefix, FactorEffect effect) {
        var chosen = new LinkedHashMap<String, Factor>();
        try {
            for (var each : typed) {
                var name = Factor.checkName(each);
                var factor = (byPrefix ? findOrBeginning(name) : find(name))
                        .orElseGet(() -> new Factor(name, effect, false, Optional.empty()));
                chosen.putIfAbsent(Factor.sameIgnoringCase(factor.name()), factor);
            }
        } catch (InvalidValueException e) {
            problem.set(e.problem());
            return false;
        }
        problem.set("");
        var names = chosen.values().stream().map(Factor::name).toList();
        var hidden = chosen.values().stream().filter(Factor::hidden).toList();
        var fresh = chosen.values().stream().filter(factor -> find(factor.name()).isEmpty()).toList();
        if (hidden.isEmpty() && fresh.isEmpty()) {
            tickAll(names);
            return true;
        }
        change(making(hidden, fresh), () -> {
            hidden.forEach(factor -> diary.hideFactor(factor.name(), false));
            fresh.forEach(diary::addFactor);
            return diary.factors();
        }, made -> tickAll(names));
        return true;
    }

    private static String making(List<Factor> hidden, List<Factor> fresh) {
        if (hidden.size() + fresh.size() > 1) {
            return "Adding " + (hidden.size() + fresh.size()) + " factors…";
        }
        return hidden.isEmpty() ? "Adding " + fresh.get(0).name() + "…"
                : "Showing " + hidden.get(0).name() + " again…";
    }

    /**
     * The factor of this name (ignoring case), or else the one shown factor whose name begins with it; refused when
     * it begins several, naming them.
     */
    private Optional<Factor> findOrBeginning(String name) {
        var exact = find(name);
        if (exact.isPresent()) {
            return exact;
        }
        var key = Factor.sameIgnoringCase(name);
        var beginning = shown.stream().filter(factor -> Factor.sameIgnoringCase(factor.name()).startsWith(key))
                .toList();
        if (beginning.size() > 1) {
            throw new InvalidValueException(DayField.FACTORS, DayText.quoted(name) + " begins "
                    + String.join(" and ", beginning.stream().map(factor -> DayText.quoted(factor.name())).toList())
                    + ": type more of the name");
        }
        return beginning.stream().findFirst();
    }

    /** Says what a factor does to the back; it moves to the back pain's factors, or out of them. */
    public void changeEffect(Factor factor, FactorEffect effect) {
        problem.set("");
        change("Changing " + factor.name() + "…", () -> {
            diary.changeFactorEffect(factor.name(), effect);
            return diary.factors();
        }, factors -> { });
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
        var showing = all.stream().filter(factor -> !factor.hidden()).toList();
        // The two parts are set before the whole, whose listeners lay out both.
        forTheBack.setAll(showing.stream().filter(factor -> factor.effect() != FactorEffect.NONE).toList());
        others.setAll(showing.stream().filter(factor -> factor.effect() == FactorEffect.NONE).toList());
        shown.setAll(showing);
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

    /** The shown factors that ease or worsen the back, offered in the back pain's part of the entry. */
    public ObservableList<Factor> forTheBack() {
        return forTheBack;
    }

    /** The shown factors with no effect on the back, offered in the general factor area. */
    public ObservableList<Factor> others() {
        return others;
    }

    /** What a factor made new from the field does to the back; none unless the user says. */
    public ObjectProperty<FactorEffect> newEffectProperty() {
        return newEffect;
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
