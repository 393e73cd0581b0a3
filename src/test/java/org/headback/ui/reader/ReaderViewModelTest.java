package org.headback.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.headback.article.ArticleCleaner;
import org.headback.article.ArticleEntry;
import org.headback.article.ArticleBlock;
import org.headback.article.Library;
import org.headback.article.MemoryArticleStore;
import org.headback.storage.SqliteArticleStore;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderViewModelTest extends LoadedReader {
    @TempDir
    Path files;

    @Test
    void load_listsTheLibrary_andOpensTheFirstArticle() {
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.articles()).hasSize(5);
        var first = viewModel.articles().get(0);
        assertThat(viewModel.selectedProperty().get()).isEqualTo(first);
        assertThat(viewModel.openArticleProperty().get().entry()).isEqualTo(first);
        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("HeadBack — " + first.title());
    }

    @Test
    void load_opensTheArticleTheUserHadOpen_orTheFirstIfItIsGone() {
        var third = viewModel.articles().get(2);
        var again = new ReaderViewModel(new DirectTaskRunner(), messages, navigation);
        again.load(() -> Library.open(new SqliteArticleStore(database)), Optional.of(third.id()));
        assertThat(again.selectedProperty().get().id()).isEqualTo(third.id());

        var gone = new ReaderViewModel(new DirectTaskRunner(), messages, navigation);
        gone.load(() -> Library.open(new SqliteArticleStore(database)), Optional.of("removed-long-ago"));
        assertThat(gone.selectedProperty().get()).isEqualTo(gone.articles().get(0));
    }

    @Test
    void outline_listsTheOpenArticlesHeadings() {
        viewModel.select(viewModel.articles().get(2));
        var article = viewModel.openArticleProperty().get();
        assertThat(article.entry()).isEqualTo(viewModel.articles().get(2));
        var headings = article.blocks().stream().filter(b -> b instanceof ArticleBlock.Heading)
                .map(ArticleBlock::plainText).toList();
        assertThat(viewModel.outline()).extracting(OutlineEntry::text).containsExactlyElementsOf(headings);
        assertThat(viewModel.outline()).allSatisfy(entry ->
                assertThat(article.blocks().get(entry.blockIndex())).isInstanceOf(ArticleBlock.Heading.class));
    }

    @Test
    void choosingAnotherArticleBeforeTheFirstIsRead_showsTheOneChosenLast() {
        runner.hold();
        viewModel.select(viewModel.articles().get(1));
        viewModel.select(viewModel.articles().get(3));
        assertThat(viewModel.openArticleProperty().get().entry()).as("until read").isEqualTo(viewModel.articles()
                .get(0));
        runner.release();

        assertThat(viewModel.openArticleProperty().get().entry()).isEqualTo(viewModel.articles().get(3));
        assertThat(viewModel.windowTitleProperty().get()).endsWith(viewModel.articles().get(3).title());
    }

    @Test
    void choosingAnArticle_readsThatArticleOnly() throws Exception {
        var store = new MemoryArticleStore();
        var library = new Library(List.of(), store, new ArticleCleaner(), Clock.systemUTC());
        for (var name : List.of("first", "second", "third")) {
            library.add(Files.writeString(files.resolve(name + ".txt"), "The " + name + " note\n\nAbout neck pain."));
        }
        store.read.clear();
        var mine = new ReaderViewModel(runner, messages, navigation);
        mine.load(() -> new Library(List.of(), store, new ArticleCleaner(), Clock.systemUTC()), Optional.empty());
        mine.select(mine.articles().get(2));

        assertThat(mine.openArticleProperty().get().title()).isEqualTo("The third note");
        assertThat(store.read).as("the first, opened as the library loads, then the third")
                .containsExactly("the-first-note", "the-third-note");
    }

    @Test
    void search_thatReachesItsCap_saysBothCountsAreFloors() {
        var search = viewModel.search();
        search.queryProperty().set("e");
        assertThat(search.hits()).hasSize(org.headback.article.ArticleSearch.MAX_HITS);
        assertThat(search.summaryProperty().get()).matches("1 of 1000\\+ in at least \\d+ articles?");
    }

    @Test
    void search_findsHits_opensTheFirst_andStepsThroughThemWithWrapAround() {
        var search = viewModel.search();
        search.queryProperty().set("trigeminal");
        assertThat(search.hits()).isNotEmpty();
        assertThat(search.currentIndexProperty().get()).isZero();
        var first = search.currentProperty().get();
        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(first.articleId());
        assertThat(search.summaryProperty().get()).matches("1 of \\d+ in \\d+ articles?");

        for (int i = 0; i < search.hits().size(); i++) {
            search.next();
        }
        assertThat(search.currentProperty().get()).isEqualTo(first);
        search.previous();
        assertThat(search.currentIndexProperty().get()).isEqualTo(search.hits().size() - 1);
    }

    @Test
    void search_noMatch_saysSo_andClearingResets() {
        var search = viewModel.search();
        search.queryProperty().set("xylophone");
        assertThat(search.hits()).isEmpty();
        assertThat(search.summaryProperty().get()).isEqualTo("No matches");
        search.clear();
        assertThat(search.summaryProperty().get()).isEmpty();
        assertThat(search.currentIndexProperty().get()).isEqualTo(-1);
    }

    @Test
    void addArticles_goodFile_isAddedOpenedAndAnnounced() throws Exception {
        var file = Files.writeString(files.resolve("diary-notes.txt"),
                "Diary Notes\n\nThe xylophone headache began after a long drive.", StandardCharsets.UTF_8);
        viewModel.search().queryProperty().set("xylophone");
        viewModel.addArticles(List.of(file));

        assertThat(viewModel.articles()).hasSize(6);
        assertThat(viewModel.selectedProperty().get().title()).isEqualTo("Diary Notes");
        assertThat(viewModel.selectedRemovableProperty().get()).isTrue();
        assertThat(messages.noticeProperty().get()).isEqualTo(Notice.info("Added “Diary Notes” to your library."));
        assertThat(viewModel.search().hits()).hasSize(1);
    }

    @Test
    void addArticles_binaryFile_isRefusedWithAMessage_andNothingChanges() throws Exception {
        var file = Files.write(files.resolve("scan.html"), new byte[] {0, 1, 2, 3, 4, 5});
        var before = List.copyOf(viewModel.articles());
        viewModel.addArticles(List.of(file));

        assertThat(viewModel.articles()).containsExactlyElementsOf(before);
        assertThat(messages.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(messages.noticeProperty().get().text())
                .isEqualTo("Cannot add “scan.html”: it is not a text file (it contains binary data).");
    }

    @Test
    void removeSelected_userArticle_removesIt_seedsStay() throws Exception {
        var file = Files.writeString(files.resolve("n.md"), "# Short Note\n\nText about neck pain.");
        viewModel.addArticles(List.of(file));
        viewModel.removeSelected();
        assertThat(viewModel.articles()).hasSize(5).noneMatch(ArticleEntry::isUserArticle);

        var seed = viewModel.articles().get(0);
        viewModel.select(seed);
        viewModel.removeSelected();
        assertThat(viewModel.articles()).contains(seed);
    }
}
