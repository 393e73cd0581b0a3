package org.headback.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.headback.article.Article;
import org.headback.article.ArticleCleaner;
import org.headback.article.ArticleBlock;
import org.headback.article.BundledArticles;
import org.headback.article.Library;
import org.headback.article.MemoryArticleStore;
import org.headback.article.SeedArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsTest {
    @TempDir
    Path files;

    /** The bundled articles, cleaned by the real cleaner, with a store of the user's articles in memory. */
    private static Library library() {
        var cleaner = new ArticleCleaner();
        return new Library(BundledArticles.clean(SeedArticles.load(), cleaner), new MemoryArticleStore(), cleaner,
                Clock.systemUTC());
    }

    private static String textOf(Article article, Claim claim) {
        var block = article.blocks().get(claim.blockIndex());
        var text = claim.itemIndex() < 0 ? block.plainText()
            : ((ArticleBlock.ItemList) block).items().get(claim.itemIndex());
        return text.substring(claim.start(), claim.end());
    }

    @Test
    void everyPassage_isFoundWordForWordInItsBundledArticle_asCleaned() {
        var library = library();
        var evidence = Evidence.bundled();
        var claims = Claims.find(evidence, library.bundled());
        var quoted = evidence.rows().stream().filter(row -> row.article().isPresent()).toList();
        assertThat(quoted).hasSizeGreaterThanOrEqualTo(5);
        for (var row : quoted) {
            var article = library.bundled().stream()
                    .filter(a -> a.sourceName().equals(row.article().get())).findFirst();
            assertThat(article).as(row.id() + ": its article").isPresent();
            var claim = claims.getOrDefault(article.get().id(), List.of()).stream()
                    .filter(c -> c.rowId().equals(row.id())).findFirst();
            assertThat(claim).as(row.id() + ": its passage in the cleaned text").isPresent();
            assertThat(textOf(article.get(), claim.get())).isEqualTo(row.passage().get());
        }
    }

    @Test
    void theSeedCanBackPainCauseMigraines_marksTheFiguresOfAshinaAndYoon_inReadingOrder() {
        var article = library().bundled().stream()
                .filter(a -> a.sourceName().equals("004_2eba5ff69666bfda.txt")).findFirst().orElseThrow();
        var claims = Claims.in(Evidence.bundled(), article);
        assertThat(claims).extracting(Claim::rowId).containsExactly("ashina-2018-chronic-headache",
                "yoon-2013-chronic-headache", "yoon-2013-migraine-with-tension-type", "yoon-2013-chronic-migraine",
                "yoon-2013-chronic-tension-type");
        assertThat(textOf(article, claims.get(0))).endsWith("the adjusted odds ratio was 1.9");
        assertThat(claims.get(1).blockIndex()).isEqualTo(claims.get(4).blockIndex());
        assertThat(claims).allSatisfy(claim -> assertThat(claim.articleId()).isEqualTo(article.id()));
    }

    @Test
    void articlesWithoutQuotedFigures_andTheUsersOwnArticles_haveNoMarks() throws Exception {
        var library = library();
        var copy = files.resolve("004_2eba5ff69666bfda.txt");
        Files.copy(Path.of("seeds/004_2eba5ff69666bfda.txt"), copy);
        var yours = library.add(copy);
        var everyArticle = new ArrayList<>(library.bundled());
        everyArticle.add(yours);
        var claims = Claims.find(Evidence.bundled(), everyArticle);
        assertThat(claims).hasSize(1).doesNotContainKey(yours.id());
        assertThat(Claims.in(Evidence.bundled(), yours)).isEmpty();
    }
}
