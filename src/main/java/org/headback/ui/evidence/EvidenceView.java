package org.headback.ui.evidence;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Under the evidence chart: the paragraph on what the user's figure can and cannot mean, and the published figures
 * with their sources and links to the passages that quote them, the selected one marked.
 */
public final class EvidenceView {
    @FXML
    private ScrollPane root;
    @FXML
    private Label paragraph;
    @FXML
    private Label evidenceMessage;
    @FXML
    private VBox rows;

    private final EvidenceViewModel viewModel;

    public EvidenceView(EvidenceViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        paragraph.textProperty().bind(viewModel.paragraphProperty());
        evidenceMessage.textProperty().bind(viewModel.messageProperty());
        var hasMessage = viewModel.messageProperty().isNotEmpty();
        evidenceMessage.visibleProperty().bind(hasMessage);
        evidenceMessage.managedProperty().bind(hasMessage);
        viewModel.items().addListener((ListChangeListener<EvidenceViewModel.Item>) change -> showRows());
        viewModel.selectedRowProperty().addListener((observable, old, id) -> markSelected());
        showRows();
    }

    private void showRows() {
        rows.getChildren().setAll(viewModel.items().stream()
                .map(item -> new EvidenceRowBox(item, viewModel::openPassage)).toList());
        markSelected();
    }

    /** Marks the selected figure, and scrolls it into view once it is laid out. */
    private void markSelected() {
        var id = viewModel.selectedRowProperty().get();
        for (var node : rows.getChildren()) {
            var box = (EvidenceRowBox) node;
            boolean selected = box.item().row().id().equals(id);
            box.setSelected(selected);
            if (selected) {
                scrollAfterLayout(box);
            }
        }
    }

    /** Scrolls once the pane has its size: it may have just been put under the chart, or filled. */
    private void scrollAfterLayout(EvidenceRowBox box) {
        var scene = root.getScene();
        if (scene == null) {
            return;
        }
        var done = new AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done.compareAndSet(false, true)) {
                scrollTo(box);
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void scrollTo(EvidenceRowBox box) {
        double content = root.getContent().getLayoutBounds().getHeight();
        double viewport = root.getViewportBounds().getHeight();
        if (content > viewport) {
            double top = box.getBoundsInParent().getMinY() + rows.getBoundsInParent().getMinY();
            root.setVvalue(Math.min(1, Math.max(0, top / (content - viewport))));
        }
    }
}
