package org.headback.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.headback.article.Article;
import org.headback.article.Block;
import org.headback.article.SearchHit;

/**
 * Typesets one article's parts on demand: the header and each block as a text flow, with search hits marked and
 * the current hit marked again. Pure layout: all looks are in {@code ArticleView.css}.
 */
final class ArticleRenderer {
    static final String CURRENT_HIT = "search-hit-current";

    private final Article article;
    private final Map<Integer, List<SearchHit>> hitsByBlock;

    ArticleRenderer(Article article, List<SearchHit> hits) {
        this.article = article;
        this.hitsByBlock = hits.stream().collect(Collectors.groupingBy(SearchHit::blockIndex));
    }

    Article article() {
        return article;
    }

    /** The title and the line under it. */
    Region header() {
        var title = new TextFlow(text(article.title(), "article-title-text"));
        title.getStyleClass().add("article-title");
        var meta = new Label(metaLine(article));
        meta.getStyleClass().add("article-meta");
        var header = new VBox(title, meta);
        header.getStyleClass().addAll("article-header", "article-column-content");
        return header;
    }

    /** One block of the body, with its hits marked, the current one among them marked as such. */
    Region block(int index, SearchHit current) {
        var block = article.blocks().get(index);
        var hits = hitsByBlock.getOrDefault(index, List.of());
        Region node;
        if (block instanceof Block.Heading heading) {
            node = styled(marked(heading.text(), hits, -1, current), "article-heading",
                    "article-heading-" + heading.level());
        } else if (block instanceof Block.ItemList list) {
            node = list(list, hits, current);
        } else {
            node = styled(marked(block.plainText(), hits, -1, current), "article-paragraph");
        }
        node.getStyleClass().add("article-column-content");
        return node;
    }

    static String metaLine(Article article) {
        var parts = new ArrayList<String>();
        parts.add(article.isUserArticle() ? "Your article · " + article.sourceName() : article.sourceName());
        parts.add(article.readingMinutes() + " min read");
        article.published().ifPresent(date -> parts.add("dated " + date));
        return String.join("  ·  ", parts);
    }

    private Region list(Block.ItemList list, List<SearchHit> hits, SearchHit current) {
        var box = new VBox();
        box.getStyleClass().add("article-list");
        for (int i = 0; i < list.items().size(); i++) {
            var marker = new Label(list.ordered() ? (i + 1) + "." : "•");
            marker.getStyleClass().add("article-list-marker");
            var flow = marked(list.items().get(i), hits, i, current);
            HBox.setHgrow(flow, Priority.ALWAYS);
            var row = new HBox(marker, flow);
            row.getStyleClass().add("article-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    /** The text as a flow, with each hit inside it as its own marked run. */
    private static TextFlow marked(String content, List<SearchHit> hits, int item, SearchHit current) {
        var flow = new TextFlow();
        int at = 0;
        for (var hit : hits) {
            if (hit.itemIndex() != item || hit.start() < at || hit.end() > content.length()) {
                continue;
            }
            if (hit.start() > at) {
                flow.getChildren().add(text(content.substring(at, hit.start()), "article-text"));
            }
            var mark = text(content.substring(hit.start(), hit.end()), "article-text", "search-hit");
            mark.getProperties().put(SearchHit.class, hit);
            if (hit.equals(current)) {
                mark.getStyleClass().add(CURRENT_HIT);
            }
            flow.getChildren().add(mark);
            at = hit.end();
        }
        if (at < content.length()) {
            flow.getChildren().add(text(content.substring(at), "article-text"));
        }
        return flow;
    }

    private static Text text(String content, String... styleClasses) {
        var text = new Text(content);
        text.getStyleClass().addAll(styleClasses);
        return text;
    }

    private static <T extends Region> T styled(T node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
