package org.headback.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.headback.safekeeping.Settings;

/** The window's own state: text size and theme, and remembering them (with the window's place) between runs. */
public final class MainViewModel {
    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    // Properties
    private final ReadOnlyIntegerWrapper fontStep = new ReadOnlyIntegerWrapper(this, "fontStep");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");

    private final Settings store;
    private final TaskRunner runner;
    private UiSettings settings;
    private boolean looking;
    private String lastProblem;

    public MainViewModel(UiSettings settings, Settings store, TaskRunner runner) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.runner = Objects.requireNonNull(runner, "runner");
        fontStep.set(settings.fontStep());
        theme.set(settings.theme());
    }

    // Commands

    public void largerText() {
        changeFontStep(fontStep.get() + 1);
    }

    public void smallerText() {
        changeFontStep(fontStep.get() - 1);
    }

    public void normalText() {
        changeFontStep(FontScale.DEFAULT_STEP);
    }

    public void useTheme(Theme newTheme) {
        if (newTheme != theme.get()) {
            theme.set(newTheme);
            save(settings.withTheme(newTheme));
        }
    }

    /** Remembers where the window is as it closes. */
    public void windowClosing(Optional<UiSettings.WindowBounds> bounds, boolean maximized, double mainDivider,
                              double readerDivider, Optional<String> openArticle) {
        save(settings.withWindow(bounds, maximized, mainDivider, readerDivider).withArticle(openArticle));
    }

    /**
     * Looks whether another program (such as the command line) changed the data since the last look; if so,
     * {@code reload} reads everything shown again. Asked off the JavaFX thread, without a word in the status bar; a
     * look still waiting for its turn is not asked again. A look that finds the data cannot be used any more (its
     * file was replaced, say) is told to {@code problem}, once for each new message.
     */
    public void lookForOutsideChanges(BooleanSupplier changedElsewhere, Runnable reload, Consumer<String> problem) {
        if (looking) {
            return;
        }
        looking = true;
        runner.runQuietly(changedElsewhere::getAsBoolean, changed -> {
            looking = false;
            if (changed) {
                reload.run();
            }
        }, error -> {
            looking = false;
            LOG.log(System.Logger.Level.WARNING, "Changes made elsewhere could not be looked for", error);
            var text = String.valueOf(error.getMessage());
            if (!text.equals(lastProblem)) {
                lastProblem = text;
                problem.accept(text);
            }
        });
    }

    private void changeFontStep(int step) {
        int clamped = FontScale.clamp(step);
        if (clamped != fontStep.get()) {
            fontStep.set(clamped);
            save(settings.withFontStep(clamped));
        }
    }

    private void save(UiSettings changed) {
        settings = changed;
        var values = changed.toMap();
        runner.run("Saving settings…", () -> {
            store.putAll(values);
            return values;
        }, saved -> { }, error -> LOG.log(System.Logger.Level.WARNING, "The settings could not be saved", error));
    }

    // Accessors

    public UiSettings settings() {
        return settings;
    }

    public ReadOnlyIntegerProperty fontStepProperty() {
        return fontStep.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }
}
