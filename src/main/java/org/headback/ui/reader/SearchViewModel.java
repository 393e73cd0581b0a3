package org.headback.ui.reader;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.article.ArticleSearch;
import org.headback.article.SearchHit;
import org.headback.text.Words;
import org.headback.ui.TaskRunner;

/**
 * Search across the library: the words, the hits, which hit is current, and moving between them. Each search reads
 * the articles' cleaned text afresh, off the JavaFX thread; a search whose words were changed before its turn came
 * is skipped.
 */
public final class SearchViewModel {
    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(this, "currentIndex", -1);
    private final ReadOnlyObjectWrapper<SearchHit> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private final TaskRunner runner;
    private final Function<String, List<SearchHit>> searcher;
    private final Consumer<String> opener;
    private final AtomicReference<String> latest = new AtomicReference<>("");

    /**
     * @param searcher finds the hits of some words in the library
     * @param opener   opens the article of an id
     */
    SearchViewModel(TaskRunner runner, Function<String, List<SearchHit>> searcher, Consumer<String> opener) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.searcher = Objects.requireNonNull(searcher, "searcher");
        this.opener = Objects.requireNonNull(opener, "opener");
        query.addListener((observable, old, text) -> refresh());
    }

    // Commands

    /** Searches again for the current words, over the library as it is now. */
    public void refresh() {
        var words = query.get();
        latest.set(words);
        if (ArticleSearch.isBlank(words)) {
            show(List.of());
            summary.set("");
            return;
        }
        runner.run("Searching…", () -> words.equals(latest.get()) ? searcher.apply(words) : null, found -> {
            if (found != null && words.equals(query.get())) {
                show(found);
            }
        }, error -> summary.set("The search failed: " + error.getMessage()));
    }

    public void next() {
        if (!hits.isEmpty()) {
            goTo((currentIndex.get() + 1) % hits.size());
        }
    }

    public void previous() {
        if (!hits.isEmpty()) {
            goTo((currentIndex.get() - 1 + hits.size()) % hits.size());
        }
    }

    /** Makes a hit the current one and opens its article. */
    public void goTo(int index) {
        if (index < 0 || index >= hits.size()) {
            return;
        }
        currentIndex.set(index);
        var hit = hits.get(index);
        current.set(hit);
        opener.accept(hit.articleId());
        summary.set(summaryOf(index));
    }

    public void clear() {
        query.set("");
    }

    /** The hits inside one article, in reading order. */
    public List<SearchHit> hitsIn(String articleId) {
        return hits.stream().filter(hit -> hit.articleId().equals(articleId)).toList();
    }

    private void show(List<SearchHit> found) {
        currentIndex.set(-1);
        current.set(null);
        hits.setAll(found);
        if (found.isEmpty()) {
            summary.set(ArticleSearch.isBlank(query.get()) ? "" : "No matches");
        } else {
            goTo(0);
        }
    }

    private String summaryOf(int index) {
        long inArticles = hits.stream().map(SearchHit::articleId).distinct().count();
        var total = hits.size() >= ArticleSearch.MAX_HITS ? hits.size() + "+" : Integer.toString(hits.size());
        return (index + 1) + " of " + total + " in " + Words.count("article", inArticles);
    }

    // Accessors

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SearchHit> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
