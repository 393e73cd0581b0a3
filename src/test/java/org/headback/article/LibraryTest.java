package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headback.storage.Database;
import org.headback.storage.SqliteArticleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private Database database;
    private Library library;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        library = Library.open(new SqliteArticleStore(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void seeds_comeBundled_inFileNameOrder_withReadableIds() {
        var articles = library.entries();
        assertThat(articles).hasSize(5);
        assertThat(articles).extracting(ArticleEntry::sourceName).containsExactly("000_4ab47e8627b97ede.txt",
                "001_2fe7a4c27d3fc43b.txt", "002_99c3bd77205b0ed6.txt", "003_0b7f9565724a0e58.txt",
                "004_2eba5ff69666bfda.txt");
        assertThat(articles).allSatisfy(article -> {
            assertThat(article.origin()).isEqualTo(ArticleOrigin.SEED);
            assertThat(article.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(article.wordCount()).isGreaterThan(300);
        });
        assertThat(articles).extracting(ArticleEntry::id).doesNotHaveDuplicates();
    }

    @Test
    void add_userArticle_comesAfterTheSeeds_andSurvivesReopening() throws Exception {
        var added = library.add(file("mine.md", "# My Own Notes\n\nNeck pain came before the headache."));
        assertThat(added.id()).isEqualTo("my-own-notes");
        assertThat(library.entries()).last().isEqualTo(added.entry());

        var reopened = Library.open(new SqliteArticleStore(database));
        assertThat(reopened.find("my-own-notes")).get().extracting(ArticleEntry::origin).isEqualTo(ArticleOrigin.USER);
        assertThat(reopened.open("my-own-notes")).contains(added);
    }

    @Test
    void add_sameTitleTwice_getsDistinctIds() throws Exception {
        var first = library.add(file("a.txt", "Same Title\n\nFirst text body here."));
        var second = library.add(file("b.txt", "Same Title\n\nSecond text body here."));
        assertThat(first.id()).isEqualTo("same-title");
        assertThat(second.id()).isEqualTo("same-title-2");
    }

    @Test
    void add_refusedFile_leavesLibraryAndStoreUnchanged() throws Exception {
        var binary = Files.write(files.resolve("x.txt"), new byte[] {1, 2, 0, 4, 5});
        var before = library.entries();

        assertThatThrownBy(() -> library.add(binary)).isInstanceOf(ArticleRejectedException.class);
        assertThat(library.entries()).isEqualTo(before);
        assertThat(new SqliteArticleStore(database).entries()).isEmpty();
    }

    @Test
    void remove_userArticle_removesItFromLibraryAndStore() throws Exception {
        var added = library.add(file("n.txt", "A Note\n\nSome words about sleep and pain."));
        library.remove(added.id());
        assertThat(library.find(added.id())).isEmpty();
        assertThat(library.open(added.id())).isEmpty();
        assertThat(new SqliteArticleStore(database).entries()).isEmpty();
    }

    @Test
    void remove_seed_isRefused() {
        var seed = library.entries().get(0);
        assertThatThrownBy(() -> library.remove(seed.id())).hasMessageContaining("comes with HeadBack");
        assertThat(library.entries()).contains(seed);
    }

    @Test
    void readingMinutes_roundsUpAtTwoHundredWordsAMinute() {
        var words = "word ".repeat(401).strip();
        var article = new Article("x", "T", "x.txt", ArticleOrigin.USER, java.util.Optional.empty(),
                java.util.List.of(new ArticleBlock.Paragraph(words)));
        assertThat(article.wordCount()).isEqualTo(402);
        assertThat(article.readingMinutes()).isEqualTo(3);
    }
}
