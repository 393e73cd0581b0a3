package org.headback.ui.charts;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.chart.BeforeAfterInput;
import org.headback.chart.ChartColours;
import org.headback.chart.Charts;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.PreventiveCourse;
import org.headback.output.Outputs;
import org.headback.stats.StatsText;
import org.headback.stats.Thresholds;
import org.headback.text.Dates;
import org.headback.text.Words;
import org.headback.ui.MessageLine;
import org.headback.ui.TaskRunner;
import org.jfree.chart.JFreeChart;

/**
 * The Before / after view: two ranges, offered as before and after a preventive medicine's start or chosen day by
 * day; their comparison worked out and drawn in the background; the chart exported as PNG or copied.
 */
public final class BeforeAfterViewModel {
    /** The ranges offered for a preventive course: its days taken, and as many days just before its start. */
    public record Preset(String label, DateRange before, DateRange after) {
        /** "Before: 2 Jul 2026 – 30 Aug 2026 (60 days); after: 31 Aug 2026 – 29 Oct 2026 (60 days)." */
        public String chose() {
            return "Before: " + before.describe() + " (" + Words.count("day", before.days()) + "); after: "
                    + after.describe() + " (" + Words.count("day", after.days()) + ").";
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A comparison drawn, and what it was drawn from. */
    public record Shown(BeforeAfterInput input, JFreeChart chart) {
    }

    /** What the view says once a day is chosen by hand. */
    static final String OWN_RANGES = "Two ranges of your own: the days chosen below.";
    private static final DateRange.Ends BEFORE_ENDS = ends("before");
    private static final DateRange.Ends AFTER_ENDS = ends("after");

    private final ObservableList<Preset> presets = FXCollections.observableArrayList();
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset");
    private final ObjectProperty<LocalDate> beforeFrom = new SimpleObjectProperty<>(this, "beforeFrom");
    private final ObjectProperty<LocalDate> beforeTo = new SimpleObjectProperty<>(this, "beforeTo");
    private final ObjectProperty<LocalDate> afterFrom = new SimpleObjectProperty<>(this, "afterFrom");
    private final ObjectProperty<LocalDate> afterTo = new SimpleObjectProperty<>(this, "afterTo");
    private final ReadOnlyStringWrapper chosen = new ReadOnlyStringWrapper(this, "chosen", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper lines = new ReadOnlyStringWrapper(this, "lines", "");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    private final Diary diary;
    private final Thresholds thresholds;
    private final ChartColours colours;
    private final MessageLine messages;
    private final TaskRunner runner;
    private final ChartOutput output;
    private final Consumer<BeforeAfterInput.Ranges> compared;
    private long request;
    private boolean filling;

    /**
     * @param thresholds what counts as a pain day, as in the charts
     * @param colours    the window's colours, for the chart in view; exports stay light
     * @param compared   told the two ranges each time they are compared, for the report's before/after page
     */
    public BeforeAfterViewModel(Diary diary, Outputs outputs, Thresholds thresholds, ChartColours colours,
                                MessageLine messages, TaskRunner runner, Consumer<BeforeAfterInput.Ranges> compared) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.colours = Objects.requireNonNull(colours, "colours");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.output = new ChartOutput(outputs, this.runner, this.messages);
        this.compared = Objects.requireNonNull(compared, "compared");
        preset.addListener((observable, old, chosenPreset) -> presetChosen(chosenPreset));
        for (var day : new Observable[] {beforeFrom, beforeTo, afterFrom, afterTo}) {
            day.addListener(observable -> {
                if (!filling) {
                    preset.set(null);
                    chosen.set(OWN_RANGES);
                    compare();
                }
            });
        }
    }

    /**
     * The ranges offered, one for each preventive course: after is the days it was taken up to {@code latest},
     * before the same number of days just before its start (from the earliest day a diary takes at most).
     */
    static List<Preset> presets(List<PreventiveCourse> courses, LocalDate latest) {
        return courses.stream().filter(course -> !course.start().isAfter(latest)).map(course -> {
            var end = course.stop().filter(stop -> stop.isBefore(latest)).orElse(latest);
            var after = new DateRange(course.start(), end);
            var first = course.start().minusDays(after.days());
            var before = new DateRange(first.isBefore(DayEntry.EARLIEST) ? DayEntry.EARLIEST : first,
                    course.start().minusDays(1));
            return new Preset("Before and after " + course.medicine() + " started ("
                    + Dates.ofUser().shown(course.start()) + ")", before, after);
        }).filter(offered -> !offered.before().to().isBefore(offered.before().from())).toList();
    }

    // Commands

    /** Reads the preventive courses in the background and offers their ranges; the first is chosen. */
    public void loadPresets() {
        runner.run("Reading the preventive courses…", () -> presets(diary.courses(), diary.latestDay()),
                offered -> {
                    presets.setAll(offered);
                    if (!offered.isEmpty()) {
                        preset.set(offered.get(0));
                    } else {
                        chosen.set("No preventive course is recorded: choose the two ranges.");
                    }
                }, error -> messages.failure("The preventive courses could not be read: " + error.getMessage()));
    }

    private void presetChosen(Preset chosenPreset) {
        if (chosenPreset == null) {
            return;
        }
        chosen.set(chosenPreset.chose());
        filling = true;
        try {
            beforeFrom.set(chosenPreset.before().from());
            beforeTo.set(chosenPreset.before().to());
            afterFrom.set(chosenPreset.after().from());
            afterTo.set(chosenPreset.after().to());
        } finally {
            filling = false;
        }
        compare();
    }

    /** Compares the two ranges chosen, in the background; the newest request wins. */
    public void compare() {
        var days = new LocalDate[] {beforeFrom.get(), beforeTo.get(), afterFrom.get(), afterTo.get()};
        long mine = ++request;
        runner.run("Comparing the two ranges…", () -> {
            var latest = diary.latestDay();
            var today = diary.today();
            var wrong = DateRange.problem(days[0], days[1], latest, today, BEFORE_ENDS)
                    .or(() -> DateRange.problem(days[2], days[3], latest, today, AFTER_ENDS));
            if (wrong.isPresent()) {
                return new Outcome(Optional.empty(), wrong.get());
            }
            var before = DateRange.recordable(days[0], days[1], latest).orElseThrow();
            var after = DateRange.recordable(days[2], days[3], latest).orElseThrow();
            if (before.overlaps(after)) {
                return new Outcome(Optional.empty(), "The ranges overlap: before " + before.describe()
                        + " and after " + after.describe() + " share days; choose two ranges that do not.");
            }
            var input = BeforeAfterInput.ofDiary(diary, before, after, thresholds);
            return new Outcome(Optional.of(new Shown(input, Charts.beforeAfterWithoutCaption(input, colours))), "");
        }, outcome -> {
            if (mine == request) {
                show(outcome);
            }
        }, error -> messages.failure("The ranges could not be compared: " + error.getMessage()));
    }

    /** A comparison drawn, or what is wrong with the ranges asked for. */
    private record Outcome(Optional<Shown> shown, String problem) {
    }

    private void show(Outcome outcome) {
        problem.set(outcome.problem());
        if (outcome.shown().isEmpty()) {
            lines.set("");
            shown.set(null);
            return;
        }
        var comparison = outcome.shown().get().input().comparison();
        lines.set(comparison.reason().orElseGet(() -> String.join("\n", comparison.changes().stream()
                .map(StatsText::compareLine).toList())) + "\n" + StatsText.thresholds(thresholds));
        shown.set(outcome.shown().get());
        compared.accept(outcome.shown().get().input().ranges());
    }

    /** Writes the chart in view as a PNG image, drawn afresh with its caption; refuses another format. */
    public void export(Path file, int width, int height) {
        var current = shown.get();
        if (current != null) {
            output.export(() -> Charts.beforeAfter(current.input()), file, width, height);
        }
    }

    /** Draws the chart in view as an image in the background and hands it over, for the clipboard. */
    public void image(int width, int height, Consumer<BufferedImage> ready) {
        var current = shown.get();
        if (current != null) {
            output.image(() -> Charts.beforeAfter(current.input()), width, height, ready);
        }
    }

    private static DateRange.Ends ends(String which) {
        return new DateRange.Ends("the first day " + which, "the last day " + which, day -> Dates.ofUser().shown(day),
                true);
    }

    // Accessors

    public LocalDate today() {
        return diary.today();
    }

    public ObservableList<Preset> presets() {
        return presets;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> beforeFromProperty() {
        return beforeFrom;
    }

    public ObjectProperty<LocalDate> beforeToProperty() {
        return beforeTo;
    }

    public ObjectProperty<LocalDate> afterFromProperty() {
        return afterFrom;
    }

    public ObjectProperty<LocalDate> afterToProperty() {
        return afterTo;
    }

    /** What the preset chose, or that none is offered. */
    public ReadOnlyStringProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** What is wrong with the ranges chosen, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The four lines (or why there are none) and what a pain day is. */
    public ReadOnlyStringProperty linesProperty() {
        return lines.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return messages.textProperty();
    }
}
