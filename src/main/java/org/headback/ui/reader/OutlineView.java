package org.headback.ui.reader;

import static org.headback.ui.Nodes.heightening;
import static org.headback.ui.Nodes.id;
import static org.headback.ui.Nodes.sheet;
import static org.headback.ui.Nodes.spoken;
import static org.headback.ui.Nodes.styled;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** The open article's headings; choosing one scrolls the reading pane to it. */
public final class OutlineView {
    private final ListView<OutlineEntry> outlineList = id("outlineList",
            spoken(heightening(styled(new ListView<>(), "outline-list")), "Contents of the article"));
    private final VBox root = sheet(styled(new VBox(outlineList), "outline-view"), getClass(), "OutlineView.css");

    private final ReaderViewModel viewModel;

    public OutlineView(ReaderViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        outlineList.setItems(viewModel.outline());
        outlineList.setPlaceholder(new Label("This article has no headings."));
        outlineList.setCellFactory(list -> new EntryCell());
        outlineList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                jumpToSelected();
            }
        });
        outlineList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                jumpToSelected();
            }
        });
    }

    public Parent root() {
        return root;
    }

    private void jumpToSelected() {
        var entry = outlineList.getSelectionModel().getSelectedItem();
        if (entry != null) {
            viewModel.jumpTo(entry.blockIndex());
        }
    }

    /** A heading, indented by its level. */
    private static final class EntryCell extends ListCell<OutlineEntry> {
        private final Label label = new Label();
        private final VBox box;

        EntryCell() {
            label.getStyleClass().add("outline-text");
            box = WrappingCells.wrapWithin(this, label);
        }

        @Override
        protected void updateItem(OutlineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeIf(style -> style.startsWith("outline-level-"));
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            label.setText(entry.text());
            setGraphic(box);
            getStyleClass().add("outline-level-" + entry.level());
        }
    }
}
