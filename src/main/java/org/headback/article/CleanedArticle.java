package org.headback.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the cleaner makes of one raw text: its title, the date it carried (if any) and its body.
 *
 * @param title     the article's title, never blank
 * @param published the date line the page carried, when there was one
 * @param blocks    the body in reading order, without the title
 * @param site      the publisher or site the article names as its own, when it names one
 */
public record CleanedArticle(String title, Optional<LocalDate> published, List<ArticleBlock> blocks,
                             Optional<String> site) {
    public CleanedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(site, "site");
        blocks = List.copyOf(blocks);
    }

    /** An article that names no site of its own. */
    public CleanedArticle(String title, Optional<LocalDate> published, List<ArticleBlock> blocks) {
        this(title, published, blocks, Optional.empty());
    }
}
