package org.headback.storage;

import java.util.List;

/** The articles a user added, in the order they were added. */
public interface ArticleStore {
    List<StoredArticle> all();

    /** Saves a new article; its id must not be taken. */
    void add(StoredArticle article);

    /** Removes an article; false if there was none with that id. */
    boolean remove(String id);
}
