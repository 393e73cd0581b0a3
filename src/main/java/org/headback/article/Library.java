package org.headback.article;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.headback.storage.ArticleStore;
import org.headback.storage.StorageException;
import org.headback.storage.StoredArticle;
import org.headback.storage.StoredClean;
import org.headback.storage.StoredEntry;

/**
 * The article library: the bundled articles first, then the user's own in the order they were added.
 *
 * <p>The user's articles are kept as the text they gave, with what the cleaner made of it beside it. Listing reads
 * only the titles and word counts, and opening an article reads only that article: neither cleans anything. An
 * article is cleaned again only when its cleaned form is missing (a diary from before forms were kept), damaged or
 * of an older {@link ArticleCleaner#VERSION}; the new form is then saved in one short write, or, when the file
 * cannot be written (read-only, or busy in another program), used this once without being saved.
 */
public final class Library {
    private static final System.Logger LOG = System.getLogger(Library.class.getName());

    private final ArticleStore store;
    private final ArticleCleaner cleaner;
    private final Clock clock;
    private final List<Article> bundled;
    private final List<ArticleEntry> entries = new ArrayList<>();

    public Library(List<Article> bundled, ArticleStore store, ArticleCleaner cleaner, Clock clock) {
        this.bundled = List.copyOf(bundled);
        this.store = Objects.requireNonNull(store, "store");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bundled.forEach(article -> entries.add(article.entry()));
        for (var stored : store.entries()) {
            entryOf(stored).ifPresent(entries::add);
        }
    }

    /** The library over the bundled articles and the user's stored articles. */
    public static Library open(ArticleStore store) {
        var cleaner = new ArticleCleaner();
        return new Library(BundledArticles.load(cleaner), store, cleaner, Clock.systemUTC());
    }

    /** Every article, as the library lists it. */
    public synchronized List<ArticleEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized Optional<ArticleEntry> find(String id) {
        return entries.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** The bundled articles, whole (the evidence view marks passages in them). */
    public List<Article> bundled() {
        return bundled;
    }

    /** One article, whole; empty if there is none with that id. Reads that article only. */
    public Optional<Article> open(String id) {
        for (var article : bundled) {
            if (article.id().equals(id)) {
                return Optional.of(article);
            }
        }
        var entry = find(id);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        return store.cleaned(id).filter(clean -> clean.cleanerVersion() == ArticleCleaner.VERSION)
                .flatMap(clean -> CleanForm.read(clean.form(), id, entry.get().sourceName(), ArticleOrigin.USER))
                .or(() -> cleanAgain(id));
    }

    /** Every hit of the words in every article, in library order; reads the articles one at a time. */
    public List<SearchHit> search(String query) {
        var ids = entries().stream().map(ArticleEntry::id).toList();
        // A stream's iterator opens one article at a time, as the search reaches it.
        return ArticleSearch.search(() -> ids.stream().map(this::open).flatMap(Optional::stream).iterator(), query);
    }

    /** Reads, checks, cleans and stores a user's file; the library is unchanged if it is refused. */
    public Article add(Path path) {
        var file = ArticleFile.read(path);
        var cleaned = cleaner.clean(file.text(), file.format());
        if (cleaned.blocks().isEmpty()) {
            throw new ArticleRejectedException(file.fileName(), "no readable text was found in it.");
        }
        synchronized (this) {
            var ids = new HashSet<String>();
            entries.forEach(entry -> ids.add(entry.id()));
            var id = ArticleIds.unique(cleaned.title(), ids);
            var article = Article.of(id, file.fileName(), ArticleOrigin.USER, cleaned);
            store.add(new StoredArticle(id, cleaned.title(), file.fileName(), file.format().name(), file.text(),
                    clock.instant()), stored(article));
            entries.add(article.entry());
            return article;
        }
    }

    /** Removes one of the user's articles; the bundled ones stay. */
    public synchronized ArticleEntry remove(String id) {
        var entry = find(id).orElseThrow(() -> new IllegalArgumentException("There is no article “" + id + "”."));
        if (!entry.isUserArticle()) {
            throw new IllegalArgumentException("“" + entry.title() + "” comes with HeadBack and cannot be removed.");
        }
        store.remove(id);
        entries.remove(entry);
        return entry;
    }

    /** The entry of a stored article, cleaned again first if its title and count are not the current cleaner's. */
    private Optional<ArticleEntry> entryOf(StoredEntry stored) {
        if (stored.cleanerVersion() == ArticleCleaner.VERSION) {
            return Optional.of(new ArticleEntry(stored.id(), stored.title(), stored.sourceName(), ArticleOrigin.USER,
                    stored.wordCount()));
        }
        return cleanAgain(stored.id()).map(Article::entry);
    }

    /** Cleans a stored article from its text and saves the result; empty if the article is no longer there. */
    private Optional<Article> cleanAgain(String id) {
        var raw = store.find(id);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        var text = raw.get();
        var format = ArticleFormat.valueOf(text.format());
        var article = Article.of(id, text.sourceName(), ArticleOrigin.USER, cleaner.clean(text.content(), format));
        try {
            store.saveCleaned(id, stored(article));
        } catch (StorageException e) {
            LOG.log(System.Logger.Level.DEBUG, "The article " + id + " was cleaned again but could not be saved so: "
                    + e.getMessage());
        }
        return Optional.of(article);
    }

    private static StoredClean stored(Article article) {
        return new StoredClean(ArticleCleaner.VERSION, article.title(), article.wordCount(), CleanForm.write(article));
    }
}
