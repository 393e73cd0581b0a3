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
 * @param sourceName where it came from: the seed file's name or the user's file name
 * @param wordCount  words in the title and body
 */
public record Article(String id, String title, String sourceName, ArticleOrigin origin,
                      Optional<LocalDate> published, List<Block> blocks, int wordCount) {
    /** A relaxed adult reading speed for health texts, in words per minute. */
    static final int WORDS_PER_MINUTE = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(published, "published");
        blocks = List.copyOf(blocks);
    }

    /** An article whose words are counted here. */
    public Article(String id, String title, String sourceName, ArticleOrigin origin, Optional<LocalDate> published,
                   List<Block> blocks) {
        this(id, title, sourceName, origin, published, blocks, countWords(title, blocks));
    }

    static Article of(String id, String sourceName, ArticleOrigin origin, CleanedArticle cleaned) {
        return new Article(id, cleaned.title(), sourceName, origin, cleaned.published(), cleaned.blocks());
    }

    /** What the library lists of it. */
    public ArticleEntry entry() {
        return new ArticleEntry(id, title, sourceName, origin, wordCount);
    }

    /** What the cleaner made, without where it came from. */
    public CleanedArticle cleaned() {
        return new CleanedArticle(title, published, blocks);
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

    private static int countWords(String title, List<Block> blocks) {
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
