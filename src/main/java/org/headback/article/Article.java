package org.headback.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One article of the library, cleaned and ready to read.
 *
 * @param id         stable, readable id (used on the command line)
 * @param sourceName the file it was made from: the seed file's name or the user's file name (a key, never shown
 *                   as its source: see {@link #source()})
 * @param wordCount  words in the title and body
 * @param site       the publisher or site the article names as its own, when it names one
 */
public record Article(String id, String title, String sourceName, ArticleOrigin origin,
                      Optional<LocalDate> published, List<ArticleBlock> blocks, int wordCount, Optional<String> site) {
    /** A relaxed adult reading speed for health texts, in words per minute. */
    static final int WORDS_PER_MINUTE = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(site, "site");
        blocks = List.copyOf(blocks);
    }

    /** An article that names no site of its own. */
    public Article(String id, String title, String sourceName, ArticleOrigin origin, Optional<LocalDate> published,
                   List<ArticleBlock> blocks, int wordCount) {
        this(id, title, sourceName, origin, published, blocks, wordCount, Optional.empty());
    }

    /** An article whose words are counted here. */
    public Article(String id, String title, String sourceName, ArticleOrigin origin, Optional<LocalDate> published,
                   List<ArticleBlock> blocks) {
        this(id, title, sourceName, origin, published, blocks, countWords(title, blocks));
    }

    static Article of(String id, String sourceName, ArticleOrigin origin, CleanedArticle cleaned) {
        return new Article(id, cleaned.title(), sourceName, origin, cleaned.published(), cleaned.blocks(),
                countWords(cleaned.title(), cleaned.blocks()), cleaned.site());
    }

    /** What the library lists of it. */
    public ArticleEntry entry() {
        // The list knows the user's articles without their forms, so without their sites: it says the same of all.
        return new ArticleEntry(id, title, sourceName, origin, wordCount, isUserArticle() ? Optional.empty() : site);
    }

    /** What the cleaner made, without the file it came from. */
    public CleanedArticle cleaned() {
        return new CleanedArticle(title, published, blocks, site);
    }

    /**
     * Where it comes from, as a reader can judge it: the site it names, else "Saved web page" for a bundled
     * article and "Added by you" for the user's own (never a file name).
     */
    public String source() {
        return ArticleEntry.source(origin, site);
    }

    /** For the user's articles, the file it was added from, for a tooltip. */
    public Optional<String> fileNote() {
        return ArticleEntry.fileNote(origin, sourceName);
    }

    /** Minutes to read it, rounded up, at least one. */
    public int readingMinutes() {
        return readingMinutes(wordCount);
    }

    public boolean isUserArticle() {
        return origin == ArticleOrigin.USER;
    }

    static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    private static int countWords(String title, List<ArticleBlock> blocks) {
        int count = countWords(title);
        for (var block : blocks) {
            count += countWords(block.plainText());
        }
        return count;
    }

    static int countWords(String text) {
        var matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
