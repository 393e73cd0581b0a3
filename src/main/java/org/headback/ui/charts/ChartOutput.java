package org.headback.ui.charts;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.headback.chart.Charts;
import org.headback.output.Outputs;
import org.headback.ui.MessageLine;
import org.headback.ui.TaskRunner;
import org.jfree.chart.JFreeChart;

/**
 * A chart in view saved as a PNG image or drawn for the clipboard, in the background, with what became of it on the
 * view's message line: the one way every chart view does both.
 */
final class ChartOutput {
    private final Outputs outputs;
    private final TaskRunner runner;
    private final MessageLine messages;

    ChartOutput(Outputs outputs, TaskRunner runner, MessageLine messages) {
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Writes the chart, drawn afresh in the background, as a PNG image of the given size; a name without an extension
     * gets .png, one that asks for another format is refused.
     */
    void export(Supplier<JFreeChart> chart, Path file, int width, int height) {
        var target = Charts.pngTarget(file);
        if (target.isEmpty()) {
            messages.warn("The chart was not saved: " + Charts.notPng(file) + "; choose a name ending in .png.");
            return;
        }
        runner.run("Exporting the chart…", () -> {
            Charts.writePng(outputs, chart.get(), target.get(), width, height);
            return target.get();
        }, written -> messages.tell("Saved the chart as " + written + " (" + width + "×" + height + ")."),
                error -> messages.failure("The chart was not saved: " + error.getMessage()));
    }

    /** Draws the chart as an image in the background and hands it over, for the clipboard. */
    void image(Supplier<JFreeChart> chart, int width, int height, Consumer<BufferedImage> ready) {
        runner.run("Copying the chart…", () -> Charts.image(chart.get(), width, height), image -> {
            ready.accept(image);
            messages.tell("Copied the chart (" + width + "×" + height + ").");
        }, error -> messages.failure("The chart was not copied: " + error.getMessage()));
    }
}
