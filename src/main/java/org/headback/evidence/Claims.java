package org.headback.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headback.article.Article;
import org.headback.article.ArticleBlock;

/**
 * Finds the passages of the bundled articles that give the published figures, so that the reader can mark them.
 * Only bundled articles are looked at: a figure's row names the seed it is quoted in, and the user's own articles
 * have no rows.
 */
public final class Claims {
    private Claims() {
    }

    /** The claims of every article that has any, by article id, each list in reading order. */
    public static Map<String, List<Claim>> find(Evidence evidence, List<Article> articles) {
        var found = new HashMap<String, List<Claim>>();
        for (var article : articles) {
            var claims = in(evidence, article);
            if (!claims.isEmpty()) {
                found.put(article.id(), claims);
            }
        }
        return found;
    }

    /** The claims in one article, in reading order; empty for the user's own articles. */
    public static List<Claim> in(Evidence evidence, Article article) {
        if (article.isUserArticle()) {
            return List.of();
        }
        var claims = new ArrayList<Claim>();
        for (var row : evidence.rows()) {
            if (row.article().filter(article.sourceName()::equals).isPresent()) {
                locate(article, row.id(), row.passage().orElseThrow()).ifPresent(claims::add);
            }
        }
        claims.sort(Comparator.comparingInt(Claim::blockIndex).thenComparingInt(Claim::itemIndex)
                .thenComparingInt(Claim::start));
        return claims;
    }

    /** The first place the passage stands, word for word, inside one block or list item of the article. */
    static Optional<Claim> locate(Article article, String rowId, String passage) {
        var blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof ArticleBlock.ItemList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    int at = list.items().get(i).indexOf(passage);
                    if (at >= 0) {
                        return Optional.of(new Claim(article.id(), rowId, b, i, at, at + passage.length()));
                    }
                }
            } else {
                int at = blocks.get(b).plainText().indexOf(passage);
                if (at >= 0) {
                    return Optional.of(new Claim(article.id(), rowId, b, -1, at, at + passage.length()));
                }
            }
        }
        return Optional.empty();
    }
}
