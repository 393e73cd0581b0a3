package org.headback.article;

import java.util.List;
import java.util.Optional;

/**
 * Turns a saved web page (plain text, Markdown or HTML) into a clean article: repaired characters, the title,
 * date and site found, headings, paragraphs and lists recognised, and the page's clutter (breadcrumbs, links to
 * other pages, calls to action) removed. When unsure whether a line is clutter, the cleaner keeps it.
 *
 * <p>What it makes of the user's articles is kept beside their text and made again only when {@link #VERSION}
 * changes: see {@code CleanerVersionTest} for when and how to raise it.
 */
public class ArticleCleaner {
    /**
     * The version of what the cleaner makes: raise it by one whenever a change makes any article come out
     * differently (title, date, blocks or word count), so that every stored cleaned form is made again.
     */
    public static final int VERSION = 4;

    /** Cleans {@code rawText}; deterministic, and never throws, whatever the text. */
    public CleanedArticle clean(String rawText, ArticleFormat format) {
        if (rawText == null || rawText.isBlank()) {
            return new CleanedArticle(TitlePicker.UNTITLED, Optional.empty(), List.of());
        }
        try {
            var article = assemble(read(rawText, format == null ? ArticleFormat.TEXT : format));
            return new CleanedArticle(article.title(), article.published(), article.blocks(), SiteName.of(rawText));
        } catch (RuntimeException e) {
            // A bug must not cost the user their text: fall back to its lines as plain paragraphs.
            return fallback(rawText);
        }
    }

    private static List<Part> read(String rawText, ArticleFormat format) {
        return switch (format) {
            case TEXT -> TextReader.read(rawText);
            case MARKDOWN -> MarkdownReader.read(rawText);
            case HTML -> HtmlReader.read(rawText);
        };
    }

    private static CleanedArticle assemble(List<Part> parts) {
        var early = ClutterRules.beforeTitle(parts);
        var titled = TitlePicker.pick(early.parts());
        var body = ClutterRules.afterTitle(titled.body());
        var title = titled.title().isBlank() ? TitlePicker.UNTITLED : titled.title();
        return new CleanedArticle(title, early.published(), body.stream().map(Part::toBlock).toList());
    }

    private static CleanedArticle fallback(String rawText) {
        List<ArticleBlock> blocks = rawText.lines().map(String::strip).filter(line -> !line.isEmpty())
            .map(line -> (ArticleBlock) new ArticleBlock.Paragraph(line)).toList();
        return new CleanedArticle(TitlePicker.UNTITLED, Optional.empty(), blocks);
    }
}
