package org.headback.ui.reader;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.headback.article.SearchHit;

/** A search hit: the article it is in, and the words around it. */
final class HitCell extends ListCell<SearchHit> {
    private final Label article = new Label();
    private final Label snippet = new Label();
    private final VBox box = new VBox(article, snippet);

    HitCell() {
        WrappingCells.wrapWithin(this, box);
        article.getStyleClass().add("hit-article");
        snippet.getStyleClass().add("hit-snippet");
        snippet.setWrapText(true);
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
        snippet.setText(hit.snippet());
        setGraphic(box);
    }
}
