package org.headback.storage;

import java.util.Objects;

/**
 * A user's article as the library lists it, without its text or its cleaned form.
 *
 * @param title          the cleaned title; the title found when it was added if it has never been cleaned since
 * @param wordCount      the cleaned article's words (0 if it has no cleaned form)
 * @param cleanerVersion the version of the cleaner that made the title and the count, or 0 if it has no cleaned form
 */
public record StoredEntry(String id, String sourceName, String title, int wordCount, int cleanerVersion) {
    public StoredEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(title, "title");
    }
}
