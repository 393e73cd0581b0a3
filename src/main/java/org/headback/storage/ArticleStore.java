package org.headback.storage;

import java.util.List;
import java.util.Optional;

/**
 * The articles a user added, in the order they were added: each kept as the text the user gave, with what the
 * cleaner last made of it beside it.
 */
public interface ArticleStore {
    /** What the library lists, article by article: never their text or their cleaned forms. */
    List<StoredEntry> entries();

    /** One article's text, as the user gave it. */
    Optional<StoredArticle> find(String id);

    /** One article's cleaned form, whichever cleaner made it; empty if it has none. */
    Optional<StoredClean> cleaned(String id);

    /** Saves a new article and its cleaned form, both or neither; its id must not be taken. */
    void add(StoredArticle article, StoredClean clean);

    /**
     * Puts a newly made cleaned form in place of the article's old one, in one short write; false if the article is
     * no longer there (another program removed it).
     */
    boolean saveCleaned(String id, StoredClean clean);

    /** Removes an article; false if there was none with that id. */
    boolean remove(String id);
}
