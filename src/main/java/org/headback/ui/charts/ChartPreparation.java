package org.headback.ui.charts;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.jfree.chart.JFreeChart;
import org.jfree.fx.FXGraphics2D;

/**
 * A chart made and drawn once where nobody sees it, before the Charts tab is first opened: the first drawing of a
 * chart in a fresh program loads the chart library's classes and fonts and runs its code for the first time, which
 * the user would otherwise wait for on that first look.
 */
final class ChartPreparation {
    private static final System.Logger LOG = System.getLogger(ChartPreparation.class.getName());
    private static final double WIDTH = 800;
    private static final double HEIGHT = 500;

    private ChartPreparation() {
    }

    /**
     * On a low-priority thread of its own: makes the chart ({@code making} may have none to make) and draws it on a
     * canvas that is in no window (JavaFX lets any thread draw on such a canvas); then runs {@code then} on the
     * JavaFX thread, whether the drawing worked or not.
     */
    static void drawOffScreen(Supplier<Optional<JFreeChart>> making, Runnable then) {
        var thread = new Thread(() -> {
            try {
                making.get().ifPresent(chart -> chart.draw(new FXGraphics2D(new Canvas(WIDTH, HEIGHT)
                        .getGraphicsContext2D()), new Rectangle2D.Double(0, 0, WIDTH, HEIGHT)));
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
