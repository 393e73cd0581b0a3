package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headback.storage.Database;
import org.headback.storage.OlderDiaries;
import org.headback.storage.SqliteArticleStore;
import org.headback.storage.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diary from before cleaned forms were kept (schema 3): upgrading keeps every article's text byte for byte, the
 * library lists the same titles, and each article is cleaned once, the first time it is listed, never again.
 */
class LibraryUpgradeTest {
    private static final String[] TEXTS = {
        "Notes on My Back\r\n\r\nWindows line ends, a tab\there, and ’typographic’ quotes.\r\n",
        "# Markdown Notes\n\nA *Markdown* note with an emoji 😀 and a combining é (e + \u0301).",
        "<h1>An HTML Page</h1><p>It&rsquo;s a page &amp; more.</p>",
        "\uFEFFA Byte-Order Mark First\n\nThen a lone carriage return\rand a form feed\f, kept as given.",
        "No heading at all, just one sentence about neck pain that goes on for a while.",
    };
    private static final String[] FORMATS = {"TEXT", "MARKDOWN", "HTML", "TEXT", "TEXT"};

    @TempDir
    Path dataDir;

    @Test
    void upgradingASchema3Library_keepsEveryText_listsTheSameTitles_andCleansEachOnce() throws Exception {
        var cleaner = new ArticleCleaner();
        var articles = new ArrayList<StoredArticle>();
        // Added last first: the list is in the order of adding, not of the rows.
        var titlesListedBefore = new ArrayList<String>();
        for (int i = 0; i < TEXTS.length; i++) {
            var title = cleaner.clean(TEXTS[i], ArticleFormat.valueOf(FORMATS[i])).title();
            titlesListedBefore.add(0, title);
            articles.add(new StoredArticle("article-" + i, title, "file-" + i + ".txt", FORMATS[i], TEXTS[i],
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60 - i)));
        }
        OlderDiaries.version3(dataDir, articles);
        var bytesBefore = OlderDiaries.textBytes(dataDir);

        var counting = new CountingCleaner();
        try (var database = Database.open(dataDir)) {
            var store = new SqliteArticleStore(database);
            var library = new Library(List.of(), store, counting, Clock.systemUTC());
            assertThat(library.entries()).extracting(ArticleEntry::title)
                    .containsExactlyElementsOf(titlesListedBefore);
            assertThat(counting.calls).as("each cleaned once, as it is first listed").isEqualTo(TEXTS.length);
            for (var article : articles) {
                assertThat(store.find(article.id())).contains(article);
            }

            counting.calls = 0;
            var reopened = new Library(List.of(), store, counting, Clock.systemUTC());
            assertThat(reopened.entries()).isEqualTo(library.entries());
            assertThat(reopened.open("article-3")).get().extracting(Article::title)
                    .isEqualTo(titlesListedBefore.get(TEXTS.length - 1 - 3));
            assertThat(counting.calls).as("never again").isZero();
        }
        assertThat(OlderDiaries.textBytes(dataDir)).isEqualTo(bytesBefore);
    }
}
