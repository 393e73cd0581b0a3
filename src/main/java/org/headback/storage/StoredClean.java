package org.headback.storage;

import java.util.Objects;

/**
 * What the cleaner made of a user's article, kept beside its text so that the article is not cleaned again each time
 * it is listed or read.
 *
 * @param cleanerVersion the version of the cleaner that made it; a form of another version is made again
 * @param title          the cleaned title, for the list
 * @param wordCount      the cleaned article's words, for the list's reading time
 * @param form           the whole cleaned article, in the form the article package writes and reads
 */
public record StoredClean(int cleanerVersion, String title, int wordCount, String form) {
    public StoredClean {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(form, "form");
    }
}
