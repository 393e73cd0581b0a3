package org.headback.ui.reader;

import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.headback.article.SearchHit;

/** The reading pane: the open article, typeset, with search hits marked and the current one in view. */
public final class ArticleView {
    static final String CURRENT_HIT = "search-hit-current";

    @FXML
    private StackPane root;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox loadingPane;

    private final ReaderViewModel viewModel;
    private ArticleRenderer.Rendered rendered;

    public ArticleView(ReaderViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        loadingPane.visibleProperty().bind(viewModel.loadingProperty());
        scroll.disableProperty().bind(viewModel.loadingProperty());
        viewModel.selectedProperty().addListener((observable, old, article) -> render());
        viewModel.search().hits().addListener((ListChangeListener<SearchHit>) change -> render());
        viewModel.search().currentProperty().addListener((observable, old, hit) -> markCurrent(old, hit));
        viewModel.jumpProperty().addListener((observable, old, jump) -> jumpTo(jump));
    }

    private void render() {
        var article = viewModel.selectedProperty().get();
        if (article == null) {
            rendered = null;
            scroll.setContent(null);
            return;
        }
        rendered = ArticleRenderer.render(article, viewModel.search().hitsIn(article.id()));
        var centred = new StackPane(rendered.page());
        centred.setAlignment(Pos.TOP_CENTER);
        centred.getStyleClass().add("article-background");
        scroll.setContent(centred);
        scroll.setVvalue(0);
        markCurrent(null, viewModel.search().currentProperty().get());
    }

    private void markCurrent(SearchHit old, SearchHit hit) {
        if (rendered == null) {
            return;
        }
        if (old != null && rendered.hits().containsKey(old)) {
            rendered.hits().get(old).getStyleClass().remove(CURRENT_HIT);
        }
        if (hit != null && rendered.hits().containsKey(hit)) {
            Text text = rendered.hits().get(hit);
            text.getStyleClass().add(CURRENT_HIT);
            scrollIntoView(text);
        }
    }

    private void jumpTo(Jump jump) {
        if (jump != null && rendered != null && rendered.blocks().containsKey(jump.blockIndex())) {
            scrollIntoView(rendered.blocks().get(jump.blockIndex()));
        }
    }

    /** Scrolls so that the node sits a little below the top of the pane, once the new content is laid out. */
    private void scrollIntoView(Node node) {
        Platform.runLater(() -> {
            var content = scroll.getContent();
            if (content == null || node.getScene() == null) {
                return;
            }
            scroll.applyCss();
            scroll.layout();
            var bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double viewport = scroll.getViewportBounds().getHeight();
            double scrollable = content.getBoundsInLocal().getHeight() - viewport;
            if (scrollable > 0) {
                double target = bounds.getMinY() - viewport * 0.2;
                scroll.setVvalue(Math.max(0, Math.min(1, target / scrollable)));
            }
        });
    }

    /** The rendered page, for tests that look at the typeset text. */
    Node page() {
        return rendered == null ? null : rendered.page();
    }
}
