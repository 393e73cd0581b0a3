package org.headback.ui.charts;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.headback.chart.Charts;
import org.jfree.chart.JFreeChart;

/**
 * A chart made and drawn once where nobody sees it, before the Charts tab is first opened: the first drawing of a
 * chart in a fresh program loads the chart library's classes and runs its code for the first time, which the user
 * would otherwise wait for on that first look. It is drawn into an image in memory with Java2D, not on a JavaFX
 * canvas: JavaFX 21 lays text out with shared objects that only its own thread may use, and measuring the
 * chart's labels on another thread could break the window's text.
 */
final class ChartPreparation {
    private static final System.Logger LOG = System.getLogger(ChartPreparation.class.getName());
    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    private ChartPreparation() {
    }

    /**
     * On a low-priority thread of its own: makes the chart ({@code making} may have none to make) and draws it into
     * an image (as for the clipboard) that is then dropped; then runs {@code then} on the JavaFX thread, whether
     * the drawing worked or not.
     */
    static void drawOffScreen(Supplier<Optional<JFreeChart>> making, Runnable then) {
        var thread = new Thread(() -> {
            try {
                making.get().ifPresent(chart -> Charts.image(chart, WIDTH, HEIGHT));
            } catch (RuntimeException e) {
                // Only a head start: the chart the user asks for is drawn, or its failure told, as always.
                LOG.log(System.Logger.Level.DEBUG, "The charts could not be prepared", e);
            } finally {
                Platform.runLater(then);
            }
        }, "headback-chart-preparation");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
