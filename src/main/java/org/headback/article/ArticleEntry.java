package org.headback.article;

import java.util.Objects;

/**
 * An article as the library lists it: what the list shows, without the article's text.
 *
 * @param sourceName where it came from: the seed file's name or the user's file name
 * @param wordCount  words in the title and body
 */
public record ArticleEntry(String id, String title, String sourceName, ArticleOrigin origin, int wordCount) {
    public ArticleEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(origin, "origin");
    }

    /** Minutes to read it, rounded up, at least one. */
    public int readingMinutes() {
        return Article.readingMinutes(wordCount);
    }

    public boolean isUserArticle() {
        return origin == ArticleOrigin.USER;
    }
}
