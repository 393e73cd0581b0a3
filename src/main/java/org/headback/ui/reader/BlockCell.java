package org.headback.ui.reader;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

/** One row of the reading pane: row 0 is the article's header, row i its block i - 1. */
final class BlockCell extends ListCell<Integer> {
    private final Supplier<ArticleRenderer> renderer;
    private final Supplier<MarkedText.Current> current;
    private final DoubleBinding availableWidth;
    private Shown shown;

    /** The row on show and the typesetting it came from. */
    private record Shown(ArticleRenderer renderer, int row) {
    }

    BlockCell(Supplier<ArticleRenderer> renderer, Supplier<MarkedText.Current> current) {
        this.renderer = renderer;
        this.current = current;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
        var listWidth = Bindings.selectDouble(listViewProperty(), "width");
        availableWidth = Bindings.createDoubleBinding(() -> Math.max(0, listWidth.get()
                - WrappingCells.SCROLL_BAR_ALLOWANCE - getPadding().getLeft() - getPadding().getRight()),
                listWidth, paddingProperty());
    }

    @Override
    protected void updateItem(Integer row, boolean empty) {
        super.updateItem(row, empty);
        var typesetter = renderer.get();
        if (empty || row == null || typesetter == null) {
            setGraphic(null);
            shown = null;
            return;
        }
        // Pressing a row selects it, and selecting asks for the row again: its text stays the same nodes, or a click
        // that began on a marked figure would end on new ones and never reach it. The reading pane marks the current
        // hit and passage on the nodes it has, in place.
        var asked = new Shown(typesetter, row);
        if (asked.equals(shown)) {
            return;
        }
        shown = asked;
        var content = row == 0 ? typesetter.header() : typesetter.block(row - 1, current.get());
        var column = new ReadingColumn(content);
        column.availableWidthProperty().bind(availableWidth);
        setGraphic(column);
    }
}
