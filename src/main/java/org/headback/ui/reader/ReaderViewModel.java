package org.headback.ui.reader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.article.Article;
import org.headback.article.ArticleEntry;
import org.headback.article.ArticleRejectedException;
import org.headback.article.ArticleBlock;
import org.headback.article.Library;
import org.headback.article.SearchHit;
import org.headback.evidence.Claim;
import org.headback.evidence.Claims;
import org.headback.evidence.Evidence;
import org.headback.ui.Navigation;
import org.headback.ui.StatusMessages;
import org.headback.ui.TaskRunner;

/**
 * The reader's state and commands: the library, the open article and its outline, adding or removing, and the
 * passages that give the figures of the evidence view. The library lists entries only (title, source, reading
 * time); the article chosen is read in the background and shown once it is there.
 */
public final class ReaderViewModel {
    private static final System.Logger LOG = System.getLogger(ReaderViewModel.class.getName());

    // Properties
    private final ObservableList<ArticleEntry> articles = FXCollections.observableArrayList();
    private final ObjectProperty<ArticleEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Article> openArticle = new ReadOnlyObjectWrapper<>(this, "openArticle");
    private final ObservableList<OutlineEntry> outline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "HeadBack");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyBooleanWrapper selectedRemovable = new ReadOnlyBooleanWrapper(this, "selectedRemovable");
    private final ReadOnlyObjectWrapper<Jump> jump = new ReadOnlyObjectWrapper<>(this, "jump");
    private final ReadOnlyObjectWrapper<Claim> currentClaim = new ReadOnlyObjectWrapper<>(this, "currentClaim");
    private final SearchViewModel search;

    /** The library as loaded, and the passages the evidence view uses in it. */
    private record Loaded(Library library, Map<String, List<Claim>> claims) {
    }

    /** What to do once an article is open, such as bringing a passage into view. */
    private record WhenOpen(String articleId, Runnable action) {
    }

    private final TaskRunner runner;
    private final StatusMessages messages;
    private final Navigation navigation;
    // Read by the search off the JavaFX thread.
    private volatile Library library;
    private Map<String, List<Claim>> claims = Map.of();
    private WhenOpen whenOpen;

    /**
     * @param messages   the message bar, which says what became of adding, removing and opening articles
     * @param navigation opens the evidence view at the figure a marked passage gives
     */
    public ReaderViewModel(TaskRunner runner, StatusMessages messages, Navigation navigation) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.search = new SearchViewModel(runner, this::searchLibrary, this::selectById);
        selected.addListener((observable, old, entry) -> entryChanged(entry));
        openArticle.addListener((observable, old, article) ->
                outline.setAll(article == null ? List.of() : outlineOf(article)));
    }

    // Commands

    /**
     * Loads the library in the background, and finds the passages the evidence view uses in it, then opens the
     * article the user had open, or else the first.
     */
    public void load(Callable<Library> opener, Optional<String> openArticle) {
        loading.set(true);
        runner.run("Loading the library…", () -> {
            var opened = opener.call();
            return new Loaded(opened, findClaims(opened.bundled()));
        }, result -> {
            var loaded = result.library();
            library = loaded;
            claims = result.claims();
            articles.setAll(loaded.entries());
            loading.set(false);
            if (selected.get() == null && !articles.isEmpty()) {
                selected.set(openArticle.flatMap(loaded::find).orElse(articles.get(0)));
            }
        }, error -> {
            loading.set(false);
            messages.failure("The library could not be loaded: " + messageOf(error));
        });
    }

    public void select(ArticleEntry entry) {
        selected.set(entry);
    }

    /** Opens the article of this id, if the library has it (a search hit's article). */
    void selectById(String articleId) {
        articles.stream().filter(entry -> entry.id().equals(articleId)).findFirst().ifPresent(this::select);
    }

    /** Adds files one after the other; each is refused or added on its own, and the message bar says which. */
    public void addArticles(List<Path> files) {
        var lib = library;
        if (lib == null) {
            messages.warn("The library is still loading; try again in a moment.");
            return;
        }
        for (var file : files) {
            runner.run("Adding " + file.getFileName() + "…", () -> lib.add(file), this::added,
                    error -> messages.failure(messageOf(error)));
        }
    }

    private void added(Article article) {
        var entry = article.entry();
        articles.add(entry);
        openArticle.set(article);
        selected.set(entry);
        search.refresh();
        messages.tell("Added “" + article.title() + "” to your library.");
    }

    /** Removes the open article if it is one of the user's. The view confirms with the user first. */
    public void removeSelected() {
        var article = selected.get();
        var lib = library;
        if (article == null || lib == null || !article.isUserArticle()) {
            return;
        }
        runner.run("Removing " + article.title() + "…", () -> lib.remove(article.id()), removed -> {
            int index = articles.indexOf(removed);
            articles.remove(removed);
            selected.set(articles.isEmpty() ? null : articles.get(Math.max(0, index - 1)));
            search.refresh();
            messages.tell("Removed “" + removed.title() + "” from your library.");
        }, error -> messages.failure(messageOf(error)));
    }

    /** Asks the reading pane to bring a block of the open article into view (the outline's links). */
    public void jumpTo(int blockIndex) {
        jump.set(new Jump(blockIndex));
    }

    /** Opens the evidence view at the figure a marked passage gives (the reader's marks call this). */
    public void openClaim(Claim claim) {
        navigation.showFigure(Objects.requireNonNull(claim, "claim"));
    }

    /**
     * Opens the bundled article that quotes a published figure and brings the passage into view, marked as the
     * current one (the evidence view's links).
     *
     * @param sourceName the seed file the article comes from
     * @param rowId      the figure
     */
    public void showClaim(String sourceName, String rowId) {
        var article = articles.stream().filter(a -> !a.isUserArticle() && a.sourceName().equals(sourceName))
                .findFirst();
        if (article.isEmpty()) {
            messages.failure("The article that quotes this figure is not in the library (" + sourceName + ").");
            return;
        }
        var entry = article.get();
        var claim = claimsIn(entry.id()).stream().filter(c -> c.rowId().equals(rowId)).findFirst();
        currentClaim.set(claim.orElse(null));
        whenOpen = new WhenOpen(entry.id(), () -> claim.ifPresent(found -> jump.set(new Jump(found.blockIndex(),
                true))));
        if (entry.equals(selected.get()) && isOpen(entry)) {
            runWhenOpen(openArticle.get());
        } else {
            select(entry);
        }
    }

    /** The passages of an article that the evidence view uses, in reading order. */
    public List<Claim> claimsIn(String articleId) {
        return claims.getOrDefault(articleId, List.of());
    }

    private static Map<String, List<Claim>> findClaims(List<Article> articles) {
        try {
            return Claims.find(Evidence.bundled(), articles);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The passages of the evidence view could not be marked", e);
            return Map.of();
        }
    }

    private void entryChanged(ArticleEntry entry) {
        windowTitle.set(entry == null ? "HeadBack" : "HeadBack — " + entry.title());
        selectedRemovable.set(entry != null && entry.isUserArticle());
        if (entry == null) {
            openArticle.set(null);
        } else if (isOpen(entry)) {
            runWhenOpen(openArticle.get());
        } else {
            read(entry);
        }
    }

    /** Reads the chosen article in the background; shows it unless another was chosen meanwhile. */
    private void read(ArticleEntry entry) {
        var lib = library;
        runner.run("Opening " + entry.title() + "…", () -> lib.open(entry.id()).orElseThrow(() ->
                new IllegalStateException("“" + entry.title() + "” is no longer in the library.")), article -> {
                    if (entry.equals(selected.get())) {
                        openArticle.set(article);
                        runWhenOpen(article);
                    }
                }, error -> messages.failure("“" + entry.title() + "” could not be opened: " + messageOf(error)));
    }

    private boolean isOpen(ArticleEntry entry) {
        var open = openArticle.get();
        return open != null && open.id().equals(entry.id());
    }

    private void runWhenOpen(Article article) {
        var pending = whenOpen;
        if (pending != null && pending.articleId().equals(article.id())) {
            whenOpen = null;
            pending.action().run();
        }
    }

    /** Every hit of the words in the library; runs off the JavaFX thread. */
    private List<SearchHit> searchLibrary(String words) {
        var lib = library;
        return lib == null ? List.of() : lib.search(words);
    }

    static List<OutlineEntry> outlineOf(Article article) {
        var blocks = article.blocks();
        return IntStream.range(0, blocks.size())
                .filter(i -> blocks.get(i) instanceof ArticleBlock.Heading)
                .mapToObj(i -> {
                    var heading = (ArticleBlock.Heading) blocks.get(i);
                    return new OutlineEntry(i, heading.level(), heading.text());
                })
                .toList();
    }

    static String messageOf(Throwable error) {
        if (error instanceof ArticleRejectedException) {
            return error.getMessage();
        }
        return Optional.ofNullable(error.getMessage()).orElse(error.getClass().getSimpleName());
    }

    // Accessors

    public ObservableList<ArticleEntry> articles() {
        return articles;
    }

    /** The article chosen in the library. */
    public ObjectProperty<ArticleEntry> selectedProperty() {
        return selected;
    }

    /** The chosen article, whole, once it has been read; the reading pane shows it. */
    public ReadOnlyObjectProperty<Article> openArticleProperty() {
        return openArticle.getReadOnlyProperty();
    }

    public ObservableList<OutlineEntry> outline() {
        return outline;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedRemovableProperty() {
        return selectedRemovable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Jump> jumpProperty() {
        return jump.getReadOnlyProperty();
    }

    /** The passage last opened from the evidence view, marked as such while its article is open. */
    public ReadOnlyObjectProperty<Claim> currentClaimProperty() {
        return currentClaim.getReadOnlyProperty();
    }

    public SearchViewModel search() {
        return search;
    }
}
