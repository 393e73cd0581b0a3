package org.headback.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.headback.article.ArticleEntry;
import org.junit.jupiter.api.Test;

/** The passages the evidence view uses, as the reader finds them, opens them and is sent to them. */
class ReaderClaimsTest extends LoadedReader {
    static final String SEED = "004_2eba5ff69666bfda.txt";

    private ArticleEntry seed() {
        return viewModel.articles().stream().filter(a -> a.sourceName().equals(SEED)).findFirst().orElseThrow();
    }

    @Test
    void load_findsThePassagesOfTheEvidenceView_onlyInTheArticleThatQuotesThem() {
        assertThat(viewModel.claimsIn(seed().id())).hasSize(5)
                .allSatisfy(claim -> assertThat(claim.articleId()).isEqualTo(seed().id()));
        assertThat(viewModel.articles()).filteredOn(article -> !article.equals(seed()))
                .allSatisfy(article -> assertThat(viewModel.claimsIn(article.id())).isEmpty());
    }

    @Test
    void showClaim_opensTheArticle_marksThePassage_andBringsItsBlockIntoView() {
        assertThat(viewModel.selectedProperty().get()).isNotEqualTo(seed());
        viewModel.showClaim(SEED, "yoon-2013-chronic-migraine");
        assertThat(viewModel.selectedProperty().get()).isEqualTo(seed());
        var claim = viewModel.currentClaimProperty().get();
        assertThat(claim.rowId()).isEqualTo("yoon-2013-chronic-migraine");
        assertThat(viewModel.jumpProperty().get().blockIndex()).isEqualTo(claim.blockIndex());
        assertThat(viewModel.jumpProperty().get().withContext()).isTrue();
    }

    @Test
    void showClaim_whileTheArticleIsStillBeingRead_bringsThePassageIntoViewOnceItIsOpen() {
        runner.hold();
        viewModel.showClaim(SEED, "yoon-2013-chronic-migraine");
        assertThat(viewModel.jumpProperty().get()).as("not yet").isNull();
        runner.release();

        assertThat(viewModel.openArticleProperty().get().sourceName()).isEqualTo(SEED);
        assertThat(viewModel.jumpProperty().get().blockIndex()).isEqualTo(viewModel.currentClaimProperty().get()
                .blockIndex());
    }

    @Test
    void showClaim_forAnArticleNotInTheLibrary_saysSo_andOpensNothing() {
        var open = viewModel.selectedProperty().get();
        viewModel.showClaim("999_missing.txt", "yoon-2013-chronic-migraine");
        assertThat(viewModel.selectedProperty().get()).isEqualTo(open);
        assertThat(messages.noticeProperty().get().text()).contains("not in the library").contains("999_missing.txt");
    }

    @Test
    void openClaim_handsThePassageToTheWindow() {
        var opened = navigation.figuresShown();
        var claim = viewModel.claimsIn(seed().id()).get(0);
        viewModel.openClaim(claim);
        assertThat(opened).containsExactly(claim);
    }
}
