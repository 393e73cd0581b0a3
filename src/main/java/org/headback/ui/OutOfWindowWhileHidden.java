package org.headback.ui;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A part of the window that is hidden until used (the diary's list, the search's results) is kept out of the scene
 * while hidden: JavaFX styles and lays out hidden nodes too, and a table or list costs the first frame a good
 * part of its time. It goes back to its place, before the sibling that followed it, whenever it is shown.
 */
public final class OutOfWindowWhileHidden {
    private OutOfWindowWhileHidden() {
    }

    /** Keeps {@code node}, a child of {@code parent}, out of the scene while it is not visible. */
    public static void keep(Node node, Pane parent) {
        var children = parent.getChildren();
        int index = children.indexOf(node);
        if (index < 0) {
            throw new IllegalArgumentException("Not a child of the pane given: " + node);
        }
        var next = index + 1 < children.size() ? children.get(index + 1) : null;
        node.visibleProperty().addListener((observable, was, visible) -> place(node, children, next, visible));
        place(node, children, next, node.isVisible());
    }

    private static void place(Node node, javafx.collections.ObservableList<Node> children, Node next,
                              boolean visible) {
        if (!visible) {
            children.remove(node);
        } else if (!children.contains(node)) {
            int at = next == null ? -1 : children.indexOf(next);
            children.add(at < 0 ? children.size() : at, node);
        }
    }
}
