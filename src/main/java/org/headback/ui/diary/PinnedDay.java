package org.headback.ui.diary;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the day and its save state in view: once the entry's heading has scrolled out of the diary's view, a bar
 * pinned at its top shows the same day, whether it is today, and whether it is saved; and while the banner to seek
 * medical help is shown but out of view, the bar says so too.
 */
final class PinnedDay {
    private PinnedDay() {
    }

    static void bind(ScrollPane scroll, Node heading, Node banner, Node pinned,
                     ReadOnlyBooleanProperty calendarShown) {
        InvalidationListener update = observable -> pinned.setVisible(calendarShown.get()
                && (scrolledAbove(scroll, heading) || banner.isVisible() && scrolledAbove(scroll, banner)));
        scroll.vvalueProperty().addListener(update);
        scroll.viewportBoundsProperty().addListener(update);
        for (var node : new Node[] {heading, banner}) {
            node.layoutBoundsProperty().addListener(update);
            node.localToSceneTransformProperty().addListener(update);
            node.visibleProperty().addListener(update);
        }
        calendarShown.addListener(update);
    }

    /**
     * Whether part of the node has scrolled above the top of what the scroll pane shows (below it, the bar would
     * only hide the month's navigation, and the calendar shows the day chosen).
     */
    static boolean scrolledAbove(ScrollPane scroll, Node node) {
        var content = scroll.getContent();
        if (content == null) {
            return false;
        }
        var bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double view = scroll.getViewportBounds().getHeight();
        double hidden = content.getLayoutBounds().getHeight() - view;
        double top = Math.max(0, hidden) * (scroll.getVvalue() - scroll.getVmin())
                / Math.max(1e-9, scroll.getVmax() - scroll.getVmin());
        return bounds.getMinY() < top - 1;
    }
}
