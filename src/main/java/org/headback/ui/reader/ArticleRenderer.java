package org.headback.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.headback.article.Article;
import org.headback.article.ArticleBlock;
import org.headback.article.SearchHit;
import org.headback.evidence.Claim;
import org.headback.text.Dates;

/**
 * Typesets one article's parts on demand: the header and each block as a text flow, with search hits and the
 * passages the evidence view uses marked, and the current ones marked again. Pure layout: all looks are in
 * {@code ArticleView.css}.
 */
final class ArticleRenderer {
    private final Article article;
    private final Map<Integer, List<SearchHit>> hitsByBlock;
    private final Map<Integer, List<Claim>> claimsByBlock;
    private final Consumer<Claim> openClaim;

    ArticleRenderer(Article article, List<SearchHit> hits, List<Claim> claims, Consumer<Claim> openClaim) {
        this.article = article;
        this.hitsByBlock = hits.stream().collect(Collectors.groupingBy(SearchHit::blockIndex));
        this.claimsByBlock = claims.stream().collect(Collectors.groupingBy(Claim::blockIndex));
        this.openClaim = openClaim;
    }

    Article article() {
        return article;
    }

    /** The title and the line under it. */
    Region header() {
        var title = new TextFlow(text(article.title(), "article-title-text"));
        title.getStyleClass().add("article-title");
        var meta = new Label(metaLine(article));
        article.fileNote().ifPresent(note -> meta.setTooltip(new Tooltip(note)));
        meta.getStyleClass().add("article-meta");
        var header = new VBox(title, meta);
        header.getStyleClass().addAll("article-header", "article-column-content");
        return header;
    }

    /** One block of the body, with its hits and passages marked, the current ones among them marked as such. */
    Region block(int index, MarkedText.Current current) {
        var block = article.blocks().get(index);
        var marks = new Marks(hitsByBlock.getOrDefault(index, List.of()), claimsByBlock.getOrDefault(index,
                List.of()), current, openClaim);
        Region node;
        if (block instanceof ArticleBlock.Heading heading) {
            node = styled(marks.flow(heading.text(), -1), "article-heading", "article-heading-" + heading.level());
        } else if (block instanceof ArticleBlock.ItemList list) {
            node = list(list, marks);
        } else {
            node = styled(marks.flow(block.plainText(), -1), "article-paragraph");
        }
        node.getStyleClass().add("article-column-content");
        return node;
    }

    static String metaLine(Article article) {
        var parts = new ArrayList<String>();
        parts.add(article.source());
        parts.add(article.readingMinutes() + " min read");
        article.published().ifPresent(date -> parts.add("dated " + Dates.ofUser().shown(date)));
        return String.join("  ·  ", parts);
    }

    /** What is marked in one block, and what a click on a passage does. */
    private record Marks(List<SearchHit> hits, List<Claim> claims, MarkedText.Current current,
                         Consumer<Claim> open) {
        TextFlow flow(String content, int item) {
            return MarkedText.flow(content, item, hits, claims, current, open);
        }
    }

    private Region list(ArticleBlock.ItemList list, Marks marks) {
        var box = new VBox();
        box.getStyleClass().add("article-list");
        for (int i = 0; i < list.items().size(); i++) {
            var marker = new Label(list.ordered() ? (i + 1) + "." : "•");
            marker.getStyleClass().add("article-list-marker");
            var flow = marks.flow(list.items().get(i), i);
            HBox.setHgrow(flow, Priority.ALWAYS);
            var row = new HBox(marker, flow);
            row.getStyleClass().add("article-list-item");
            box.getChildren().add(row);
        }
        return box;
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
