package org.headback.storage;

import java.util.List;

/** Storing articles in tests that care about the file, not about what the cleaner makes. */
final class StoredArticles {
    private StoredArticles() {
    }

    /** A cleaned form that stands for whatever the cleaner would make of the article. */
    static StoredClean cleanOf(StoredArticle article) {
        return new StoredClean(1, article.title(), 2, "form of " + article.id());
    }

    static void add(ArticleStore store, StoredArticle article) {
        store.add(article, cleanOf(article));
    }

    static List<String> ids(ArticleStore store) {
        return store.entries().stream().map(StoredEntry::id).toList();
    }
}
