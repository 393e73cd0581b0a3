package org.headback.ui.diary;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the day and its save state in view: once the entry's heading has scrolled above the top of the diary, a
 * bar pinned there shows the same day, whether it is today, and whether it is saved.
 */
final class PinnedDay {
    private PinnedDay() {
    }

    static void bind(ScrollPane scroll, Node heading, Node pinned, ReadOnlyBooleanProperty calendarShown) {
        InvalidationListener update = observable -> pinned.setVisible(calendarShown.get()
                && scrolledAway(scroll, heading));
        scroll.vvalueProperty().addListener(update);
        scroll.viewportBoundsProperty().addListener(update);
        heading.layoutBoundsProperty().addListener(update);
        heading.localToSceneTransformProperty().addListener(update);
        calendarShown.addListener(update);
    }

    /** Whether the heading's lower edge is above the top of what the scroll pane shows. */
    static boolean scrolledAway(ScrollPane scroll, Node heading) {
        var content = scroll.getContent();
        if (content == null) {
            return false;
        }
        var bounds = content.sceneToLocal(heading.localToScene(heading.getLayoutBounds()));
        double hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        double top = Math.max(0, hidden) * (scroll.getVvalue() - scroll.getVmin())
                / Math.max(1e-9, scroll.getVmax() - scroll.getVmin());
        return bounds.getMaxY() < top;
    }
}
