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
 */
public record CleanedArticle(String title, Optional<LocalDate> published, List<Block> blocks) {
    public CleanedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        blocks = List.copyOf(blocks);
    }
}
