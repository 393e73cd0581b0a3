package org.headback.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headback.storage.ArticleStore;
import org.headback.storage.StorageException;
import org.headback.storage.StoredArticle;
import org.headback.storage.StoredClean;
import org.headback.storage.StoredEntry;

/**
 * The user's articles kept in memory, for tests: counts what is read (texts, cleaned forms) and saved, and can be
 * made to refuse writes as a read-only or busy file would.
 */
public final class MemoryArticleStore implements ArticleStore {
    private final Map<String, StoredArticle> texts = new LinkedHashMap<>();
    private final Map<String, StoredClean> forms = new LinkedHashMap<>();
    /** The ids whose text or cleaned form was read, in the order they were read. */
    public final List<String> read = new ArrayList<>();
    public int formsSaved;
    public boolean refuseWrites;

    public int size() {
        return texts.size();
    }

    /** Puts a cleaned form in place directly, as a damaged or older file would hold it. */
    public void putForm(String id, StoredClean clean) {
        forms.put(id, clean);
    }

    public Optional<StoredClean> form(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    @Override
    public List<StoredEntry> entries() {
        return texts.values().stream().map(text -> {
            var clean = forms.get(text.id());
            return clean == null ? new StoredEntry(text.id(), text.sourceName(), text.title(), 0, 0)
                    : new StoredEntry(text.id(), text.sourceName(), clean.title(), clean.wordCount(),
                            clean.cleanerVersion());
        }).toList();
    }

    @Override
    public Optional<StoredArticle> find(String id) {
        read.add(id);
        return Optional.ofNullable(texts.get(id));
    }

    @Override
    public Optional<StoredClean> cleaned(String id) {
        read.add(id);
        return Optional.ofNullable(forms.get(id));
    }

    @Override
    public void add(StoredArticle article, StoredClean clean) {
        refuseIfAsked();
        texts.put(article.id(), article);
        forms.put(article.id(), clean);
    }

    @Override
    public boolean saveCleaned(String id, StoredClean clean) {
        refuseIfAsked();
        if (!texts.containsKey(id)) {
            return false;
        }
        forms.put(id, clean);
        formsSaved++;
        return true;
    }

    @Override
    public boolean remove(String id) {
        refuseIfAsked();
        forms.remove(id);
        return texts.remove(id) != null;
    }

    private void refuseIfAsked() {
        if (refuseWrites) {
            throw new StorageException("The database cannot be written: the file or its folder is read-only.");
        }
    }
}
