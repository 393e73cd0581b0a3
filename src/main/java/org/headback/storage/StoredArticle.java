package org.headback.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's article as stored: the text they gave, not the cleaned one.
 *
 * @param format the article format's name ({@code TEXT}, {@code MARKDOWN} or {@code HTML})
 */
public record StoredArticle(String id, String title, String sourceName, String format, String content,
                            Instant addedAt) {
    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
