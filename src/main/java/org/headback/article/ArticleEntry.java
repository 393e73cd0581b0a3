package org.headback.article;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as the library lists it: what the list shows, without the article's text.
 *
 * @param sourceName the file it was made from: the seed file's name or the user's file name (a key, never shown
 *                   as its source: see {@link #source()})
 * @param wordCount  words in the title and body
 * @param site       the publisher or site the article names as its own, when known to the list
 */
public record ArticleEntry(String id, String title, String sourceName, ArticleOrigin origin, int wordCount,
                           Optional<String> site) {
    static final String SAVED_WEB_PAGE = "Saved web page";
    static final String ADDED_BY_YOU = "Added by you";

    public ArticleEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(site, "site");
    }

    /** An entry whose site is not known to the list (the user's articles, as the library lists them). */
    public ArticleEntry(String id, String title, String sourceName, ArticleOrigin origin, int wordCount) {
        this(id, title, sourceName, origin, wordCount, Optional.empty());
    }

    /** Where it comes from, as a reader can judge it: see {@link Article#source()}. */
    public String source() {
        return source(origin, site);
    }

    /** For the user's articles, the file it was added from, for a tooltip (the file name is not its source). */
    public Optional<String> fileNote() {
        return fileNote(origin, sourceName);
    }

    static Optional<String> fileNote(ArticleOrigin origin, String fileName) {
        return origin == ArticleOrigin.USER ? Optional.of("Added from your file " + fileName) : Optional.empty();
    }

    static String source(ArticleOrigin origin, Optional<String> site) {
        if (origin == ArticleOrigin.USER) {
            return site.map(name -> name + ", " + ADDED_BY_YOU.toLowerCase(Locale.ROOT)).orElse(ADDED_BY_YOU);
        }
        return site.orElse(SAVED_WEB_PAGE);
    }

    /** Minutes to read it, rounded up, at least one. */
    public int readingMinutes() {
        return Article.readingMinutes(wordCount);
    }

    public boolean isUserArticle() {
        return origin == ArticleOrigin.USER;
    }
}
