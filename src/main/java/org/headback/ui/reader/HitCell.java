package org.headback.ui.reader;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.headback.article.SearchHit;

/** A search hit: the article it is in, and the words around it. */
final class HitCell extends ListCell<SearchHit> {
    private final Label article = new Label();
    private final Label snippet = new Label();
    private final VBox box;

    HitCell() {
        box = WrappingCells.wrapWithin(this, article, snippet);
        article.getStyleClass().add("hit-article");
        snippet.getStyleClass().add("hit-snippet");
        box.getStyleClass().add("hit-entry");
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            return;
        }
        article.setText(hit.articleTitle());
        // Hits are grouped by article: the title heads each group rather than repeating on every hit.
        boolean firstOfArticle = getIndex() == 0
                || !getListView().getItems().get(getIndex() - 1).articleId().equals(hit.articleId());
        article.setVisible(firstOfArticle);
        article.setManaged(firstOfArticle);
        snippet.setText(hit.snippet());
        setGraphic(box);
    }
}
