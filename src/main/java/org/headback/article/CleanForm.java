package org.headback.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article as the cleaner made it, written as plain text to be kept and read back without cleaning it again.
 *
 * <p>The form is line based, each text with its length in front (see {@link LengthPrefixed}): the line
 * {@value #HEADER}; the word count; the title; the date ({@code yyyy-MM-dd}, or empty); the site the article
 * names as its own (or empty); the number of blocks; each
 * block as {@code h2 7:Causes} (a heading and its level), {@code p 12:A paragraph.} or {@code u 2} / {@code o 2}
 * (a list, unordered or ordered, and its number of items) followed by one text per item; then {@code end}. A form
 * that does not read exactly so (cut short, damaged, of another format) is refused, and the article is cleaned
 * again from its text. A change to this layout must change the header.
 */
final class CleanForm {
    static final String HEADER = "headback clean form 2";
    private static final String END = "end";
    /** How many blocks to make room for at once, whatever a damaged count says. */
    private static final int MAX_RESERVED = 4096;

    private CleanForm() {
    }

    static String write(Article article) {
        var out = new LengthPrefixed.Writer(article.wordCount() * 7).line(HEADER).number(article.wordCount())
                .text(article.title()).text(article.published().map(LocalDate::toString).orElse(""))
                .text(article.site().orElse("")).number(article.blocks().size());
        for (var block : article.blocks()) {
            if (block instanceof ArticleBlock.Heading heading) {
                out.tagged("h" + heading.level(), heading.text());
            } else if (block instanceof ArticleBlock.ItemList list) {
                out.line((list.ordered() ? "o " : "u ") + list.items().size());
                list.items().forEach(out::text);
            } else {
                out.tagged("p", block.plainText());
            }
        }
        return out.line(END).toString();
    }

    /** The article the form holds, or empty if the form is damaged. */
    static Optional<Article> read(String form, String id, String sourceName, ArticleOrigin origin) {
        try {
            var in = new LengthPrefixed.Reader(form);
            in.line(HEADER);
            int words = in.number();
            var title = in.text();
            var date = in.text();
            var site = in.text();
            int count = in.number();
            var blocks = new ArrayList<ArticleBlock>(Math.min(count, MAX_RESERVED));
            for (int i = 0; i < count; i++) {
                blocks.add(block(in));
            }
            in.line(END);
            in.end();
            var published = date.isEmpty() ? Optional.<LocalDate>empty() : Optional.of(date(date));
            return Optional.of(new Article(id, title, sourceName, origin, published, blocks, words,
                    site.isEmpty() ? Optional.empty() : Optional.of(site)));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    private static ArticleBlock block(LengthPrefixed.Reader in) {
        var tag = in.tag();
        return switch (tag) {
            case "p" -> new ArticleBlock.Paragraph(in.text());
            case "u", "o" -> new ArticleBlock.ItemList(items(in, in.number()), tag.equals("o"));
            default -> {
                if (tag.length() != 2 || tag.charAt(0) != 'h') {
                    throw new LengthPrefixed.DamagedException("unknown block \"" + tag + "\"", 0);
                }
                yield new ArticleBlock.Heading(tag.charAt(1) - '0', in.text());
            }
        };
    }

    /**
     * A date as {@link LocalDate#toString} writes it, {@code 2022-06-16}, read without the date parser, whose
     * setting up would cost more than reading the rest of the form as HeadBack starts.
     */
    private static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new LengthPrefixed.DamagedException("expected a date", 0);
        }
        return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                Integer.parseInt(text.substring(8, 10)));
    }

    private static List<String> items(LengthPrefixed.Reader in, int count) {
        var items = new ArrayList<String>(Math.min(count, MAX_RESERVED));
        for (int i = 0; i < count; i++) {
            items.add(in.text());
        }
        return items;
    }
}
