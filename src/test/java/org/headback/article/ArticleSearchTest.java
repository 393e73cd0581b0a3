package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleSearchTest {
    private static Article article(String id, ArticleBlock... blocks) {
        return new Article(id, "Title " + id, id + ".txt", ArticleOrigin.SEED, Optional.empty(), List.of(blocks));
    }

    @Test
    void search_ignoresCase_andFindsEveryOccurrenceInReadingOrder() {
        var a = article("a", new ArticleBlock.Heading("Migraine basics"),
            new ArticleBlock.Paragraph("A migraine, then MIGRAINE."));
        var hits = ArticleSearch.search(List.of(a), "migraine");
        assertThat(hits).extracting(SearchHit::blockIndex, SearchHit::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0), org.assertj.core.groups.Tuple.tuple(1, 2),
                        org.assertj.core.groups.Tuple.tuple(1, 17));
    }

    @Test
    void search_plainApostrophe_findsTypographicOne() {
        var a = article("a", new ArticleBlock.Paragraph("You don’t have to."));
        assertThat(ArticleSearch.search(List.of(a), "don't")).hasSize(1);
    }

    @Test
    void search_inList_givesTheItemAndOffsetWithinIt() {
        var a = article("a", new ArticleBlock.ItemList(List.of("fever", "weight loss", "leg weakness")));
        var hit = ArticleSearch.search(List.of(a), "weak").get(0);
        assertThat(hit.itemIndex()).isEqualTo(2);
        assertThat(hit.start()).isEqualTo(4);
        assertThat(hit.end()).isEqualTo(8);
    }

    @Test
    void search_blankQuery_findsNothing() {
        var a = article("a", new ArticleBlock.Paragraph("text"));
        assertThat(ArticleSearch.search(List.of(a), "   ")).isEmpty();
    }

    @Test
    void search_manyMatches_stopsAtTheLimit() {
        var a = article("a", new ArticleBlock.Paragraph("e".repeat(5000)));
        assertThat(ArticleSearch.search(List.of(a), "e")).hasSize(ArticleSearch.MAX_HITS);
    }

    @Test
    void snippet_showsWordsAroundTheMatch_withEllipses() {
        var text = "Sleep disturbances are a shared factor. Poor sleep quality worsens chronic pain and increases "
                + "migraine frequency in many people who have both conditions at once.";
        int at = text.indexOf("worsens");
        var snippet = ArticleSearch.snippet(text, at, at + "worsens".length());
        assertThat(snippet).startsWith("…").endsWith("…").contains("Poor sleep quality worsens chronic pain");
    }
}
