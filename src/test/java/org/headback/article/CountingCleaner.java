package org.headback.article;

/** The cleaner, counting how often it is asked to clean. */
final class CountingCleaner extends ArticleCleaner {
    int calls;

    @Override
    public CleanedArticle clean(String rawText, ArticleFormat format) {
        calls++;
        return super.clean(rawText, format);
    }
}
