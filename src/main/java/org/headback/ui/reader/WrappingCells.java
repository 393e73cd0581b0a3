package org.headback.ui.reader;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/** Lets wrapping labels in a list cell wrap at the cell's width instead of widening the list. */
final class WrappingCells {
    private WrappingCells() {
    }

    static void wrapWithin(ListCell<?> cell, Region content) {
        cell.setPrefWidth(0);
        var inner = Bindings.createDoubleBinding(
                () -> Math.max(0, cell.getWidth() - cell.getPadding().getLeft() - cell.getPadding().getRight() - 1),
                cell.widthProperty(), cell.paddingProperty());
        content.maxWidthProperty().bind(inner);
        content.prefWidthProperty().bind(inner);
    }
}
