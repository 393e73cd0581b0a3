package org.headback.ui;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

/**
 * For the start-up benchmark only ({@code HEADBACK_FIRST_FRAME_PROBE=clicks}): after the first frame, makes the
 * first clicks a user makes (the Charts tab, a day, the Counts) one after the other, each after a pause, and
 * prints how long each took from the click to the end of the first layout pulse that shows its result; then quits.
 */
final class FirstClicksProbe {
    private static final Duration PAUSE = Duration.millis(400);

    /** One click: what it does, and when its result is on show. */
    private record Click(String name, Runnable click, BooleanSupplier shown) {
    }

    private final Scene scene;
    private final ArrayDeque<Click> clicks;

    private FirstClicksProbe(Scene scene, List<Click> clicks) {
        this.scene = scene;
        this.clicks = new ArrayDeque<>(clicks);
    }

    static boolean wanted() {
        return "clicks".equals(System.getenv(FirstFrameProbe.VARIABLE));
    }

    /** Measures the first clicks in the window on the scene; {@code chartDrawn} says when the chart is drawn. */
    static void measure(Scene scene, BooleanSupplier chartDrawn) {
        new FirstClicksProbe(scene, clicks(scene, chartDrawn)).next();
    }

    /** A day beside today's, the Counts, the Charts tab: each found in the window as a user finds it. */
    private static List<Click> clicks(Scene scene, BooleanSupplier chartDrawn) {
        var title = (Labeled) scene.lookup("#dateTitle");
        var before = title.getText();
        var cells = scene.getRoot().lookupAll(".day-cell").stream().map(ButtonBase.class::cast).toList();
        int today = cells.stream().filter(cell -> cell.getStyleClass().contains("today")).findFirst()
                .map(cells::indexOf).orElse(cells.size() / 2);
        var day = cells.get(today > 0 ? today - 1 : today + 1);
        var tabs = (TabPane) scene.lookup("#rightTabs");
        return List.of(
                new Click("day", day::fire, () -> !title.getText().equals(before)),
                new Click("counts", ((ButtonBase) scene.lookup("#countsChoice"))::fire, () -> {
                    var table = scene.lookup("#headacheTable");
                    return table != null && table.isVisible();
                }),
                new Click("charts", () -> tabs.getSelectionModel().select(tabs.getTabs().get(1)), chartDrawn));
    }

    private void next() {
        var pause = new PauseTransition(PAUSE);
        pause.setOnFinished(event -> {
            if (clicks.isEmpty()) {
                scene.getWindow().hide();
                Platform.exit();
            } else {
                time(clicks.poll());
            }
        });
        pause.play();
    }

    /** Clicks, then checks after each pulse (a timer keeps pulses coming) until the result is laid out. */
    private void time(Click click) {
        long start = System.nanoTime();
        LaidOut.when(scene, click.shown(), true, () -> {
            System.out.printf(Locale.ROOT, "click-%s-ms %.1f%n", click.name(), (System.nanoTime() - start) / 1e6);
            System.out.flush();
            next();
        });
        click.click().run();
    }
}
