package org.headback.ui.charts;

import javafx.scene.input.ScrollEvent;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ScrollHandlerFX;

/**
 * The mouse wheel zooms a chart only with Ctrl (Command on a Mac) held; alone it scrolls the Charts tab, as it
 * scrolls everything else, so that scrolling past a chart never zooms it by the way.
 */
final class ShortcutWheelZoom extends ScrollHandlerFX {
    /** The identifier the chart canvas gives its own wheel handler, which this one takes the place of. */
    static final String ID = "scroll";

    ShortcutWheelZoom() {
        super(ID);
    }

    /** A chart viewer whose wheel zooms only with Ctrl: the one way the window makes a chart viewer. */
    static ChartViewer viewer() {
        var viewer = new ChartViewer();
        var canvas = viewer.getCanvas();
        canvas.removeAuxiliaryMouseHandler(canvas.getMouseHandler(ID));
        canvas.addAuxiliaryMouseHandler(new ShortcutWheelZoom());
        return viewer;
    }

    @Override
    public void handleScroll(ChartCanvas canvas, ScrollEvent event) {
        if (event.isShortcutDown()) {
            super.handleScroll(canvas, event);
            event.consume();
        }
    }
}
