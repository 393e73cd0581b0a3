package org.headback.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.headback.article.Article;
import org.headback.article.Block;
import org.headback.article.SearchHit;

/**
 * Typesets an article as a column of text flows, with search hits marked. Pure layout: all looks are in
 * {@code ArticleView.css}.
 */
final class ArticleRenderer {
    /** The typeset article, with handles on what the view scrolls to. */
    record Rendered(VBox page, Map<Integer, Node> blocks, Map<SearchHit, Text> hits) {
    }

    private ArticleRenderer() {
    }

    static Rendered render(Article article, List<SearchHit> hits) {
        var page = new VBox();
        page.getStyleClass().add("article-page");
        page.getChildren().addAll(styled(flow(text(article.title(), "article-title-text")), "article-title"),
                styled(new Label(metaLine(article)), "article-meta"));
        var blockNodes = new HashMap<Integer, Node>();
        var hitNodes = new HashMap<SearchHit, Text>();
        for (int i = 0; i < article.blocks().size(); i++) {
            int index = i;
            var blockHits = hits.stream().filter(hit -> hit.blockIndex() == index).toList();
            var node = block(article.blocks().get(i), blockHits, hitNodes);
            blockNodes.put(i, node);
            page.getChildren().add(node);
        }
        return new Rendered(page, blockNodes, hitNodes);
    }

    static String metaLine(Article article) {
        var parts = new ArrayList<String>();
        parts.add(article.isUserArticle() ? "Your article · " + article.sourceName() : article.sourceName());
        parts.add(article.readingMinutes() + " min read");
        article.published().ifPresent(date -> parts.add("dated " + date));
        return String.join("  ·  ", parts);
    }

    private static Node block(Block block, List<SearchHit> hits, Map<SearchHit, Text> hitNodes) {
        if (block instanceof Block.Heading heading) {
            return styled(marked(heading.text(), hits, -1, hitNodes), "article-heading",
                    "article-heading-" + heading.level());
        }
        if (block instanceof Block.ItemList list) {
            return list(list, hits, hitNodes);
        }
        return styled(marked(block.plainText(), hits, -1, hitNodes), "article-paragraph");
    }

    private static Node list(Block.ItemList list, List<SearchHit> hits, Map<SearchHit, Text> hitNodes) {
        var box = new VBox();
        box.getStyleClass().add("article-list");
        for (int i = 0; i < list.items().size(); i++) {
            var marker = new Label(list.ordered() ? (i + 1) + "." : "•");
            marker.getStyleClass().add("article-list-marker");
            var flow = marked(list.items().get(i), hits, i, hitNodes);
            HBox.setHgrow(flow, Priority.ALWAYS);
            var row = new HBox(marker, flow);
            row.getStyleClass().add("article-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    /** The text as a flow, with each hit inside it as its own marked run. */
    private static TextFlow marked(String text, List<SearchHit> hits, int item, Map<SearchHit, Text> hitNodes) {
        var flow = new TextFlow();
        int at = 0;
        for (var hit : hits) {
            if (hit.itemIndex() != item || hit.start() < at || hit.end() > text.length()) {
                continue;
            }
            if (hit.start() > at) {
                flow.getChildren().add(text(text.substring(at, hit.start()), "article-text"));
            }
            var marked = text(text.substring(hit.start(), hit.end()), "article-text", "search-hit");
            hitNodes.put(hit, marked);
            flow.getChildren().add(marked);
            at = hit.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(text(text.substring(at), "article-text"));
        }
        return flow;
    }

    private static TextFlow flow(Text... texts) {
        return new TextFlow(texts);
    }

    private static Text text(String content, String... styleClasses) {
        var text = new Text(content);
        text.getStyleClass().addAll(styleClasses);
        return text;
    }

    private static <T extends Node> T styled(T node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
