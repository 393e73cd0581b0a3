package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteNameTest {
    private static final String BODY = "\n\nBack pain is one of the most common reasons people see a doctor.\n";

    static Stream<Arguments> namedSites() {
        return Stream.of(
            Arguments.of("<html><head><meta property=\"og:site_name\" content=\"Spine Health\"></head><body><p>Text."
                + "</p></body></html>", "Spine Health"),
            Arguments.of("<html><head><meta content='Migraine Trust' name='application-name'></head></html>",
                "Migraine Trust"),
            Arguments.of("<html><head><link rel=\"canonical\" href=\"https://www.spine-health.com/conditions/neck\">"
                + "</head></html>", "spine-health.com"),
            Arguments.of("Neck pain\n\nSource: https://www.nhs.uk/conditions/neck-pain/", "nhs.uk"),
            Arguments.of("Neck pain\n\nSome text here.\n\n© 2023 The Spine Institute. All rights reserved.",
                "The Spine Institute"),
            Arguments.of("Neck pain\n\nCopyright 2019-2024 Migraine Care Centre", "Migraine Care Centre"),
            Arguments.of("Neck pain\n\nIf you have pain, reach out to The Spine Institute today, where Dr. Bae can "
                + "help.", "The Spine Institute"),
            Arguments.of("Neck pain\n\nCall Acme Physio at 310-828-7757 to book.", "Acme Physio"));
    }

    @ParameterizedTest
    @MethodSource("namedSites")
    void theSiteAnArticleNamesAsItsOwn_isFound(String raw, String site) {
        assertThat(SiteName.of(raw)).contains(site);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Neck pain" + BODY,
        "Neck pain\n\nAccording to the National Institute of Neurological Disorders and Stroke, it spreads.",
        "Neck pain\n\nCall us today at 310-828-7757.", "Neck pain\n\nCall your doctor today if it gets worse.",
        "Neck pain\n\nContact Emergency Services now if you cannot move your legs.", ""})
    void anArticleThatNamesNoSiteOfItsOwn_hasNone(String raw) {
        assertThat(SiteName.of(raw)).isEmpty();
    }

    @Test
    void bundledArticle_isNamedByTheSiteItNames_elseSavedWebPage_neverByItsFileName() throws IOException {
        var articles = BundledArticles.clean(SeedArticles.load(), new ArticleCleaner());
        assertThat(articles).extracting(Article::source).containsExactly("Saved web page", "The Spine Institute",
                "Saved web page", "Saved web page", "Saved web page");
        for (var article : articles) {
            assertThat(article.source()).doesNotContain(".txt").isEqualTo(article.entry().source());
            assertThat(article.fileNote()).isEmpty();
        }
    }

    @Test
    void usersArticle_saysAddedByYou_withTheSiteWhenItNamesOne_andItsFileOnlyInTheNote() {
        var cleaned = new ArticleCleaner().clean("Neck pain" + BODY + "\n© 2024 Spine Health", ArticleFormat.TEXT);
        var article = Article.of("neck-pain", "my-saved-page.txt", ArticleOrigin.USER, cleaned);
        assertThat(article.source()).isEqualTo("Spine Health, added by you");
        assertThat(article.entry().source()).isEqualTo("Added by you");
        assertThat(article.fileNote()).contains("Added from your file my-saved-page.txt");
        var unnamed = Article.of("neck-pain", "my-saved-page.txt", ArticleOrigin.USER,
                new ArticleCleaner().clean("Neck pain" + BODY, ArticleFormat.TEXT));
        assertThat(unnamed.source()).isEqualTo("Added by you");
    }

    @Test
    void theSite_isKeptInTheCleanForm() {
        var article = Article.of("neck-pain", "page.txt", ArticleOrigin.USER,
                new ArticleCleaner().clean("Neck pain" + BODY + "\n© 2024 Spine Health", ArticleFormat.TEXT));
        var read = CleanForm.read(CleanForm.write(article), "neck-pain", "page.txt", ArticleOrigin.USER);
        assertThat(read.map(Article::site)).contains(Optional.of("Spine Health"));
        assertThat(read).contains(article);
    }
}
