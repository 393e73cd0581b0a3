package org.headback.ui.reader;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.headback.article.ArticleEntry;

/** An article in the library list: its title, where it came from and how long it takes to read. */
final class ArticleCell extends ListCell<ArticleEntry> {
    private final Label title = new Label();
    private final Label details = new Label();
    private final VBox box;

    ArticleCell() {
        box = WrappingCells.wrapWithin(this, title, details);
        title.getStyleClass().add("library-title");
        details.getStyleClass().add("library-details");
        box.getStyleClass().add("library-entry");
    }

    @Override
    protected void updateItem(ArticleEntry article, boolean empty) {
        super.updateItem(article, empty);
        getStyleClass().remove("user-article");
        if (empty || article == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(article.title());
        details.setText(article.source() + " · " + article.readingMinutes() + " min read");
        setTooltip(article.fileNote().map(Tooltip::new).orElse(null));
        if (article.isUserArticle()) {
            getStyleClass().add("user-article");
        }
        setAccessibleText(article.title() + ", " + details.getText());
        setGraphic(box);
    }
}
