package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.headback.storage.ArticleStore;
import org.headback.storage.Database;
import org.headback.storage.SqliteArticleStore;
import org.headback.storage.StoredClean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library keeps what the cleaner made of each added article: listing, opening and searching clean nothing, and
 * read only what they need. A form that is missing, damaged or of another cleaner version is made again once.
 */
class LibraryCleaningTest {
    private static final int ARTICLES = 20;

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private final CountingCleaner cleaner = new CountingCleaner();

    private Library library(ArticleStore store) {
        return new Library(List.of(), store, cleaner, Clock.systemUTC());
    }

    /** Twenty articles added to the library, with ids article-0 to article-19. */
    private Library withTwentyArticles(ArticleStore store) throws Exception {
        var library = library(store);
        for (int i = 0; i < ARTICLES; i++) {
            library.add(Files.writeString(files.resolve("a" + i + ".txt"), "Article " + i + "\n\nText about back "
                    + "pain and the headache that follows it, number " + i + ".", StandardCharsets.UTF_8));
        }
        cleaner.calls = 0;
        return library;
    }

    @Test
    void reopeningTwentyArticles_andOpeningOne_cleansNothingAgain() throws Exception {
        try (var database = Database.open(dataDir)) {
            var added = withTwentyArticles(new SqliteArticleStore(database)).open("article-7").orElseThrow();

            var reopened = library(new SqliteArticleStore(database));
            assertThat(reopened.entries()).hasSize(ARTICLES);
            assertThat(reopened.open("article-7")).contains(added);
            assertThat(cleaner.calls).isZero();
        }
    }

    @Test
    void listing_readsNoTextAndNoForm_andOpeningOne_readsThatOneOnly() throws Exception {
        var store = new MemoryArticleStore();
        withTwentyArticles(store);
        store.read.clear();

        var reopened = library(store);
        assertThat(reopened.entries()).extracting(ArticleEntry::title).startsWith("Article 0", "Article 1");
        assertThat(store.read).as("read while listing").isEmpty();

        reopened.open("article-7");
        assertThat(store.read).containsExactly("article-7");
        assertThat(cleaner.calls).isZero();
    }

    @Test
    void search_readsEachArticleOnce_andCleansNone() throws Exception {
        var store = new MemoryArticleStore();
        var library = withTwentyArticles(store);
        store.read.clear();

        var hits = library.search("number 1");
        assertThat(hits).extracting(SearchHit::articleId).containsExactly("article-1", "article-10", "article-11",
                "article-12", "article-13", "article-14", "article-15", "article-16", "article-17", "article-18",
                "article-19");
        assertThat(store.read).hasSize(ARTICLES).doesNotHaveDuplicates();
        assertThat(cleaner.calls).isZero();
    }

    @Test
    void aFormOfAnotherCleanerVersion_isMadeAgainOnce_whenTheLibraryIsListed() throws Exception {
        var store = new MemoryArticleStore();
        var original = withTwentyArticles(store).open("article-3").orElseThrow();
        var old = store.form("article-3").orElseThrow();
        store.putForm("article-3", new StoredClean(ArticleCleaner.VERSION + 1, "An Older Title", 1, old.form()));

        var reopened = library(store);
        assertThat(reopened.find("article-3")).contains(original.entry());
        assertThat(cleaner.calls).isEqualTo(1);
        assertThat(store.form("article-3")).contains(old);

        assertThat(library(store).open("article-3")).contains(original);
        assertThat(cleaner.calls).as("once only").isEqualTo(1);
    }

    @Test
    void aDamagedForm_isMadeAgainFromTheText_whenTheArticleIsOpened() throws Exception {
        var store = new MemoryArticleStore();
        var original = withTwentyArticles(store).open("article-5").orElseThrow();
        var good = store.form("article-5").orElseThrow();
        var half = good.form().substring(0, good.form().length() / 2);
        for (var damaged : new String[] {"", "{\"title\": \"bad JSON", half,
            good.form().replace(CleanForm.HEADER, "headback clean form 99")}) {
            store.putForm("article-5", new StoredClean(ArticleCleaner.VERSION, good.title(), good.wordCount(),
                    damaged));
            cleaner.calls = 0;

            assertThat(library(store).open("article-5")).contains(original);
            assertThat(cleaner.calls).isEqualTo(1);
            assertThat(store.form("article-5")).contains(good);
        }
    }

    @Test
    void aFileThatCannotBeWritten_readOnlyOrBusy_stillListsAndOpens_cleaningInMemory() throws Exception {
        var store = new MemoryArticleStore();
        var original = withTwentyArticles(store).open("article-9").orElseThrow();
        var old = store.form("article-9").orElseThrow();
        store.putForm("article-9", new StoredClean(ArticleCleaner.VERSION + 1, old.title(), 1, "from another cleaner"));
        store.refuseWrites = true;

        var reopened = library(store);
        assertThat(reopened.find("article-9")).contains(original.entry());
        assertThat(reopened.open("article-9")).contains(original);
        assertThat(store.formsSaved).isZero();
    }

    @Test
    void aReadOnlyDatabase_stillListsAndOpens_cleaningInMemory() throws Exception {
        try (var database = Database.open(dataDir)) {
            var original = withTwentyArticles(new SqliteArticleStore(database)).open("article-2").orElseThrow();
            database.write(connection -> connection.createStatement().executeUpdate("DELETE FROM article_clean"));
            database.read(connection -> connection.createStatement().execute("PRAGMA query_only = 1"));

            var reopened = library(new SqliteArticleStore(database));
            assertThat(reopened.entries()).hasSize(ARTICLES);
            assertThat(reopened.open("article-2")).contains(original);
            assertThat(cleaner.calls).as("all listed, then one opened, none saved").isEqualTo(ARTICLES + 1);
        }
    }

    @Test
    void anArticleRemovedByAnotherProgram_opensAsNothing() throws Exception {
        var store = new MemoryArticleStore();
        var library = withTwentyArticles(store);
        store.remove("article-4");

        assertThat(library.open("article-4")).isEmpty();
        assertThat(library.search("number 4")).extracting(SearchHit::articleId).isEmpty();
    }
}
