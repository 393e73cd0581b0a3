package org.headback.ui.charts;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.headback.chart.BeforeAfterInput;
import org.headback.chart.ChartColours;
import org.headback.chart.ChartInput;
import org.headback.chart.ChartKind;
import org.headback.chart.Charts;
import org.headback.diary.DateRange;
import org.headback.diary.Diary;
import org.headback.output.Outputs;
import org.headback.stats.FactorSettings;
import org.headback.stats.StatsText;
import org.headback.stats.Thresholds;
import org.headback.ui.DayPickers;
import org.headback.ui.MessageLine;
import org.headback.ui.TaskRunner;
import org.jfree.chart.JFreeChart;

/**
 * The charts area: which chart, over which range, with which thresholds; the chart built from the diary in the
 * background; exporting it as PNG or copying it.
 */
public final class ChartsViewModel {
    /** A chart and what it was drawn from. */
    public record Drawn(ChartKind kind, ChartInput input, JFreeChart chart) {
    }

    // Properties
    private final ObjectProperty<ChartKind> kind = new SimpleObjectProperty<>(this, "kind", ChartKind.TOGETHER);
    private final ObjectProperty<RangeChoice> rangeChoice = new SimpleObjectProperty<>(this, "rangeChoice",
            RangeChoice.LAST_90_DAYS);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final IntegerProperty backThreshold = new SimpleIntegerProperty(this, "backThreshold", 1);
    private final IntegerProperty headacheThreshold = new SimpleIntegerProperty(this, "headacheThreshold", 1);
    private final DoubleProperty shortSleepHours = new SimpleDoubleProperty(this, "shortSleepHours",
            FactorSettings.DEFAULT_SHORT_SLEEP_HOURS);
    private final IntegerProperty highStress = new SimpleIntegerProperty(this, "highStress",
            FactorSettings.DEFAULT_HIGH_STRESS);
    private final ReadOnlyObjectWrapper<Drawn> drawn = new ReadOnlyObjectWrapper<>(this, "drawn");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "");
    private final ReadOnlyBooleanWrapper shiftTestShown = new ReadOnlyBooleanWrapper(this, "shiftTestShown");
    private final ObjectProperty<BeforeAfterInput.Ranges> compared = new SimpleObjectProperty<>(this, "compared");

    private final Diary diary;
    private final Outputs outputs;
    private final TaskRunner runner;
    private final ChartOutput output;
    private final ObservableBooleanValue dark;
    private final MessageLine messages;
    private long request;

    /**
     * @param dark     whether the window is dark, so that the chart in view is too; exports stay light
     * @param messages the Charts tab's message line
     */
    public ChartsViewModel(Diary diary, Outputs outputs, ObservableBooleanValue dark, MessageLine messages,
                           TaskRunner runner) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.dark = Objects.requireNonNull(dark, "dark");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.output = new ChartOutput(this.outputs, this.runner, this.messages);
        for (var input : new Observable[] {kind, rangeChoice, customFrom, customTo, backThreshold,
            headacheThreshold, shortSleepHours, highStress, dark}) {
            input.addListener(observable -> refresh());
        }
    }

    // Commands

    /** Draws the chart again from the diary as it is now; the newest request wins. */
    public void refresh() {
        var asked = asked();
        long mine = ++request;
        runner.run("Drawing the chart…", () -> {
            return read(asked).map(input -> new Drawn(asked.kind(), input,
                    Charts.createForWindow(asked.kind(), input, asked.colours())));
        }, result -> {
            if (mine == request) {
                show(result.result(), result.problem());
            }
        }, error -> messages.failure("The chart could not be drawn: " + error.getMessage()));
    }

    /**
     * Gets the first look at the charts ready without showing anything: reads the diary for the chart the tab
     * would show, then makes and draws that chart once off screen on a thread of its own (so that the chart
     * library's classes, fonts and first drawing are behind it, and the diary's work is not held up), then runs
     * {@code then} on the JavaFX thread. Does nothing once a chart is on show.
     */
    public void prepare(Runnable then) {
        if (drawn.get() != null) {
            return;
        }
        var asked = asked();
        runner.runQuietly(() -> read(asked).result(), input -> ChartPreparation.drawOffScreen(
                () -> input.map(read -> Charts.createForWindow(asked.kind(), read, asked.colours())), then),
                error -> then.run());
    }

    /** The choices a chart is asked for with, taken on the JavaFX thread. */
    private record Asked(ChartKind kind, RangeChoice choice, LocalDate from, LocalDate to, FactorSettings settings,
                         ChartColours colours, LocalDate today) {
    }

    private Asked asked() {
        var thresholds = new Thresholds(backThreshold.get(), headacheThreshold.get());
        return new Asked(kind.get(), rangeChoice.get(), customFrom.get(), customTo.get(),
                new FactorSettings(thresholds, shortSleepHours.get(), highStress.get()),
                dark.get() ? ChartColours.DARK : ChartColours.LIGHT, diary.today());
    }

    /** Off the JavaFX thread: the diary's days over the range asked for. */
    private Outcome<ChartInput> read(Asked asked) {
        var latest = diary.latestDay();
        var range = asked.choice().range(latest, diary.firstRecordedDay(), asked.from(), asked.to());
        if (range.isEmpty()) {
            return new Outcome<>(Optional.empty(), DateRange.problem(asked.from(), asked.to(), latest, asked.today(),
                    DayPickers.rangeFields(true)).orElse(""));
        }
        return new Outcome<>(Optional.of(ChartInput.ofDiary(diary, range.get(), asked.settings())), "");
    }

    /** What a chart asked for came to (the diary's days, or the chart drawn), or what is wrong with its range. */
    private record Outcome<T>(Optional<T> result, String problem) {
        <R> Outcome<R> map(Function<T, R> next) {
            return new Outcome<>(result.map(next), problem);
        }
    }

    private void show(Optional<Drawn> result, String problem) {
        if (result.isEmpty()) {
            messages.warn(problem);
            return;
        }
        messages.clear();
        drawn.set(result.get());
        var input = result.get().input();
        if (result.get().kind() == ChartKind.FACTORS) {
            summary.set(StatsText.factorsHeadline(input.factors()));
            figures.set(String.join("\n", StatsText.factorLines(input.factors())));
            shiftTestShown.set(false);
            return;
        }
        summary.set(StatsText.headline(input.stats()));
        var lines = new ArrayList<>(StatsText.figures(input.stats()));
        lines.add(StatsText.thresholds(input.thresholds()));
        figures.set(String.join("\n", lines));
        shiftTestShown.set(input.stats().shiftTestP().isPresent());
    }

    /**
     * Writes the chart in view as a PNG image of the given size, drawn afresh from the same input; a name without an
     * extension gets .png, one that asks for another format is refused.
     */
    public void export(Path file, int width, int height) {
        var current = drawn.get();
        if (current != null) {
            output.export(() -> Charts.create(current.kind(), current.input()), file, width, height);
        }
    }

    /** Draws the chart in view as an image in the background and hands it over, for the clipboard. */
    public void image(int width, int height, Consumer<BufferedImage> ready) {
        var current = drawn.get();
        if (current != null) {
            output.image(() -> Charts.create(current.kind(), current.input()), width, height, ready);
        }
    }

    /**
     * The Before / after view's own model, with the thresholds and colours in view and its own message line; the
     * ranges it compares are offered to the report.
     */
    public BeforeAfterViewModel beforeAfter() {
        return new BeforeAfterViewModel(diary, outputs, reportThresholds(), dark.get() ? ChartColours.DARK
                : ChartColours.LIGHT, new MessageLine(), runner, compared::set);
    }

    /** The two ranges last compared in the Before / after view, for the report's before/after page. */
    public Optional<BeforeAfterInput.Ranges> comparedRanges() {
        return Optional.ofNullable(compared.get());
    }

    /** The thresholds the report dialog starts from: those in view. */
    public Thresholds reportThresholds() {
        return new Thresholds(backThreshold.get(), headacheThreshold.get());
    }

    /**
     * The range the report starts from: the charts' range, or before they are drawn the last 90 days up to
     * {@code latest}.
     */
    public DateRange reportRange(LocalDate latest) {
        var current = drawn.get();
        return current != null ? current.input().range() : DateRange.lastDays(90, latest);
    }

    /** Reads the diary's latest day ({@link Diary#latestDay}) off the JavaFX thread, for the report dialog. */
    public void readLatestDay(Consumer<LocalDate> ready) {
        runner.runQuietly(diary::latestDay, ready, error -> messages.failure("The diary could not be read: "
                + error.getMessage()));
    }

    // Accessors

    public LocalDate today() {
        return diary.today();
    }

    /** Sleep under this many hours is short sleep in the Factors chart. */
    public DoubleProperty shortSleepHoursProperty() {
        return shortSleepHours;
    }

    /** Stress at or over this is high stress in the Factors chart. */
    public IntegerProperty highStressProperty() {
        return highStress;
    }

    public ObjectProperty<ChartKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<RangeChoice> rangeChoiceProperty() {
        return rangeChoice;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public IntegerProperty backThresholdProperty() {
        return backThreshold;
    }

    public IntegerProperty headacheThresholdProperty() {
        return headacheThreshold;
    }

    public ReadOnlyObjectProperty<Drawn> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The figures with their p-values (none without enough data), and what counts as a pain day. */
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Whether the figures in view include the shift test, which then needs its sentence. */
    public ReadOnlyBooleanProperty shiftTestShownProperty() {
        return shiftTestShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return messages.textProperty();
    }
}
