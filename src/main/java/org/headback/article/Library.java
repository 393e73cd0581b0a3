package org.headback.article;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.headback.storage.ArticleStore;
import org.headback.storage.StoredArticle;

/** The article library: the bundled seeds first, then the user's own articles in the order they were added. */
public final class Library {
    private final ArticleStore store;
    private final ArticleCleaner cleaner;
    private final Clock clock;
    private final List<Article> articles = new ArrayList<>();

    public Library(List<ArticleFile> seeds, ArticleStore store, ArticleCleaner cleaner, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.clock = Objects.requireNonNull(clock, "clock");
        seeds.forEach(this::addSeed);
        store.all().forEach(stored -> articles.add(clean(stored.id(), toFile(stored), ArticleOrigin.USER)));
    }

    /** The library over the bundled seeds and the user's stored articles. */
    public static Library open(ArticleStore store) {
        return new Library(SeedArticles.load(), store, new ArticleCleaner(), Clock.systemUTC());
    }

    public synchronized List<Article> articles() {
        return List.copyOf(articles);
    }

    public synchronized Optional<Article> find(String id) {
        return articles.stream().filter(article -> article.id().equals(id)).findFirst();
    }

    /** Reads, checks, cleans and stores a user's file; the library is unchanged if it is refused. */
    public Article add(Path path) {
        var file = ArticleFile.read(path);
        var cleaned = cleaner.clean(file.text(), file.format());
        if (cleaned.blocks().isEmpty()) {
            throw new ArticleRejectedException(file.fileName(), "no readable text was found in it.");
        }
        synchronized (this) {
            var id = ArticleIds.unique(cleaned.title(), ids());
            var article = Article.of(id, file.fileName(), ArticleOrigin.USER, cleaned);
            store.add(new StoredArticle(id, cleaned.title(), file.fileName(), file.format().name(), file.text(),
                    clock.instant()));
            articles.add(article);
            return article;
        }
    }

    /** Removes one of the user's articles; the bundled ones stay. */
    public synchronized Article remove(String id) {
        var article = find(id).orElseThrow(() -> new IllegalArgumentException("There is no article “" + id + "”."));
        if (!article.isUserArticle()) {
            throw new IllegalArgumentException("“" + article.title() + "” comes with HeadBack and cannot be removed.");
        }
        store.remove(id);
        articles.remove(article);
        return article;
    }

    private void addSeed(ArticleFile seed) {
        var cleaned = cleaner.clean(seed.text(), seed.format());
        var id = ArticleIds.unique(cleaned.title(), ids());
        articles.add(Article.of(id, seed.fileName(), ArticleOrigin.SEED, cleaned));
    }

    private HashSet<String> ids() {
        var ids = new HashSet<String>();
        articles.forEach(article -> ids.add(article.id()));
        return ids;
    }

    private Article clean(String id, ArticleFile file, ArticleOrigin origin) {
        return Article.of(id, file.fileName(), origin, cleaner.clean(file.text(), file.format()));
    }

    private static ArticleFile toFile(StoredArticle stored) {
        return new ArticleFile(stored.sourceName(), ArticleFormat.valueOf(stored.format()), stored.content());
    }
}
