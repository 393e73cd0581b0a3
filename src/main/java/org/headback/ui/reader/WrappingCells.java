package org.headback.ui.reader;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Lets labels in a list cell wrap at the cell's width instead of widening the list. A wrapping label is only as
 * tall as its text if its preferred width is the width it wraps at, so that is bound to the cell's inner width.
 */
final class WrappingCells {
    private WrappingCells() {
    }

    /** Room left for the list's vertical scroll bar, which takes its width from the cells. */
    static final double SCROLL_BAR_ALLOWANCE = 18;

    /**
     * The labels in a box for the cell's graphic, each wrapping at the cell's width: the box asks them for their
     * height at that width (a label alone as the graphic is measured as one line, and overlaps the next row).
     */
    static VBox wrapWithin(ListCell<?> cell, Label... labels) {
        cell.setPrefWidth(0);
        // The list's width, not the cell's: a new cell is 0 wide until laid out, which would make it look very tall.
        var listWidth = Bindings.selectDouble(cell.listViewProperty(), "width");
        var inner = Bindings.createDoubleBinding(() -> Math.max(0, listWidth.get() - SCROLL_BAR_ALLOWANCE
                - cell.getPadding().getLeft() - cell.getPadding().getRight()), listWidth, cell.paddingProperty());
        for (var label : labels) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.prefWidthProperty().bind(inner);
            label.maxWidthProperty().bind(inner);
        }
        return new VBox(labels);
    }
}
