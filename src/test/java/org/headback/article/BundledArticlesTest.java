package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled articles come cleaned by the build, exactly as the cleaner makes them, and are not cleaned again. */
class BundledArticlesTest {

    @Test
    void theBuildsCleanedArticles_areWhatTheCleanerMakesOfTheSeeds() {
        var cleaner = new CountingCleaner();
        var bundled = BundledArticles.load(cleaner);

        assertThat(cleaner.calls).as("the bundled articles are not cleaned as HeadBack starts").isZero();
        assertThat(bundled).isEqualTo(BundledArticles.clean(SeedArticles.load(), new ArticleCleaner()));
    }

    @Test
    void withoutTheBuildsResult_theSeedsAreCleanedAsHeadBackStarts() {
        var cleaner = new CountingCleaner();
        var bundled = BundledArticles.load("/org/headback/article/no-such-file", cleaner);

        assertThat(cleaner.calls).isEqualTo(SeedArticles.load().size());
        assertThat(bundled).isEqualTo(BundledArticles.load(new ArticleCleaner()));
    }

    @Test
    void aResultOfAnotherCleanerVersion_orDamaged_isNotUsed() {
        var written = BundledArticles.write(BundledArticles.clean(SeedArticles.load(), new ArticleCleaner()));
        assertThat(BundledArticles.parse(written)).isPresent();

        var otherVersion = written.replaceFirst("\n" + ArticleCleaner.VERSION + "\n",
                "\n" + (ArticleCleaner.VERSION + 1) + "\n");
        assertThat(BundledArticles.parse(otherVersion)).isEmpty();
        assertThat(BundledArticles.parse(written.substring(0, written.length() / 2))).isEmpty();
        assertThat(BundledArticles.parse(written.replace(CleanForm.HEADER, "garbage"))).isEmpty();
    }
}
