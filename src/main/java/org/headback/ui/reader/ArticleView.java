package org.headback.ui.reader;

import static org.headback.ui.Nodes.id;
import static org.headback.ui.Nodes.label;
import static org.headback.ui.Nodes.sheet;
import static org.headback.ui.Nodes.spoken;
import static org.headback.ui.Nodes.styled;

import java.util.Objects;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.Region;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.headback.article.SearchHit;
import org.headback.evidence.Claim;

/**
 * The reading pane: the open article, typeset, with search hits marked and the current one in view. Blocks are
 * typeset only as they scroll into view, so even a 5 MB article opens at once.
 */
public final class ArticleView {
    /** How far the arrow keys scroll, in pixels. */
    static final double LINE_SCROLL = 48;
    /** How much of the pane shows the text before a search hit or a passage that is scrolled to. */
    static final double CONTEXT_ABOVE = 0.25;

    private final ListView<Integer> blocks = id("blocks", spoken(styled(new ListView<>(), "article-blocks"),
            "Article"));
    private final VBox loadingPane = id("loadingPane", styled(new VBox(new ProgressIndicator(),
            label("Opening the library…", "article-loading-text")), "article-loading"));
    private final StackPane root = sheet(styled(new StackPane(blocks, loadingPane), "article-view"), getClass(),
            "ArticleView.css");

    private final ReaderViewModel viewModel;
    private ArticleRenderer renderer;

    public ArticleView(ReaderViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        loadingPane.visibleProperty().bind(viewModel.loadingProperty());
        blocks.setCellFactory(list -> new BlockCell(() -> renderer, () -> new MarkedText.Current(
                viewModel.search().currentProperty().get(), viewModel.currentClaimProperty().get())));
        blocks.setPlaceholder(new Label(""));
        blocks.addEventFilter(KeyEvent.KEY_PRESSED, this::scrollByKey);
        viewModel.openArticleProperty().addListener((observable, old, article) -> render());
        viewModel.search().hits().addListener((ListChangeListener<SearchHit>) change -> render());
        viewModel.search().currentProperty().addListener((observable, old, hit) -> showHit(hit));
        viewModel.currentClaimProperty().addListener((observable, old, claim) -> markCurrentClaim(claim));
        viewModel.jumpProperty().addListener((observable, old, jump) -> {
            if (jump != null) {
                scrollToRow(jump.blockIndex() + 1, jump.withContext() ? CONTEXT_ABOVE : 0);
            }
        });
    }

    public Region root() {
        return root;
    }

    /** Marks the current hit among the typeset ones; rows typeset later mark it themselves. */
    private void markCurrent(SearchHit hit) {
        for (var node : blocks.lookupAll(".search-hit")) {
            var isCurrent = hit != null && hit.equals(node.getProperties().get(SearchHit.class));
            node.getStyleClass().remove(MarkedText.CURRENT_HIT);
            if (isCurrent) {
                node.getStyleClass().add(MarkedText.CURRENT_HIT);
            }
        }
    }

    /** Marks the passage opened from the evidence view among the typeset ones; later rows mark it themselves. */
    private void markCurrentClaim(Claim claim) {
        for (var node : blocks.lookupAll("." + MarkedText.CLAIM)) {
            node.getStyleClass().remove(MarkedText.CURRENT_CLAIM);
            if (claim != null && claim.equals(node.getProperties().get(Claim.class))) {
                node.getStyleClass().add(MarkedText.CURRENT_CLAIM);
            }
        }
    }

    /** Scrolls a row into view with some of the text before it, unless it is in view already. */
    private void bringIntoView(int row) {
        var flow = flow();
        if (flow == null) {
            return;
        }
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
            scrollToRow(row, CONTEXT_ABOVE);
        }
    }

    /** Puts a row at the top of the pane, less a share of the pane's height kept for the text before it. */
    private void scrollToRow(int row, double contextAbove) {
        var flow = flow();
        if (flow == null) {
            return;
        }
        flow.scrollToTop(row);
        // Near the end there is no room to put the row at the top, and the flow's position overshoots.
        if (flow.getPosition() >= 1) {
            flow.setPosition(1);
        } else if (contextAbove > 0) {
            // Scrolling by pixels moves the cells laid out, so lay out the ones at the row first.
            flow.layout();
            flow.scrollPixels(-flow.getHeight() * contextAbove);
        }
    }

    private void render() {
        var article = viewModel.openArticleProperty().get();
        renderer = article == null ? null : new ArticleRenderer(article, viewModel.search().hitsIn(article.id()),
                viewModel.claimsIn(article.id()), viewModel::openClaim);
        int rows = article == null ? 0 : article.blocks().size() + 1;
        blocks.setItems(FXCollections.observableList(IntStream.range(0, rows).boxed().toList()));
        if (flow() != null) {
            flow().setPosition(0);
        }
        // Lay the new rows out now, so that scrolling to a hit works on them and not on the old article's rows.
        blocks.applyCss();
        blocks.layout();
        showHit(viewModel.search().currentProperty().get());
    }

    private void showHit(SearchHit hit) {
        markCurrent(hit);
        if (hit != null && renderer != null && hit.articleId().equals(renderer.article().id())) {
            bringIntoView(hit.blockIndex() + 1);
        }
    }

    /** The arrow, page and space keys scroll the text, as in any reader; they do not select blocks. */
    private void scrollByKey(KeyEvent event) {
        var flow = flow();
        if (flow == null) {
            return;
        }
        double page = flow.getHeight() * 0.9;
        switch (event.getCode()) {
            case UP -> flow.scrollPixels(-LINE_SCROLL);
            case DOWN -> flow.scrollPixels(LINE_SCROLL);
            case PAGE_UP -> flow.scrollPixels(-page);
            case PAGE_DOWN -> flow.scrollPixels(page);
            case SPACE -> flow.scrollPixels(event.isShiftDown() ? -page : page);
            case HOME -> flow.scrollToTop(0);
            case END -> flow.scrollTo(blocks.getItems().size() - 1);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) blocks.lookup(".virtual-flow");
    }
}
