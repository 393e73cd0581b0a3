package org.headback.ui.reader;

import java.nio.file.Path;
import java.util.List;
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
import org.headback.article.ArticleRejectedException;
import org.headback.article.Block;
import org.headback.article.Library;
import org.headback.ui.TaskRunner;

/** The reader's state and commands: the library, the open article and its outline, and adding or removing. */
public final class ReaderViewModel {
    // Properties
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final ObjectProperty<Article> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<OutlineEntry> outline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "HeadBack");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyBooleanWrapper selectedRemovable = new ReadOnlyBooleanWrapper(this, "selectedRemovable");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<Jump> jump = new ReadOnlyObjectWrapper<>(this, "jump");
    private final SearchViewModel search;

    private final TaskRunner runner;
    private Library library;

    public ReaderViewModel(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.search = new SearchViewModel(runner, articles, this::select);
        selected.addListener((observable, old, article) -> articleChanged(article));
    }

    // Commands

    /** Loads the library in the background, then opens the article the user had open, or else the first. */
    public void load(Callable<Library> opener, Optional<String> openArticle) {
        loading.set(true);
        runner.run("Loading the library…", opener, loaded -> {
            library = loaded;
            articles.setAll(loaded.articles());
            loading.set(false);
            if (selected.get() == null && !articles.isEmpty()) {
                selected.set(openArticle.flatMap(loaded::find).orElse(articles.get(0)));
            }
        }, error -> {
            loading.set(false);
            notice.set(Notice.error("The library could not be loaded: " + messageOf(error)));
        });
    }

    public void select(Article article) {
        selected.set(article);
    }

    /** Adds files one after the other; each is refused or added on its own, and the message bar says which. */
    public void addArticles(List<Path> files) {
        var lib = library;
        if (lib == null) {
            notice.set(Notice.error("The library is still loading; try again in a moment."));
            return;
        }
        for (var file : files) {
            runner.run("Adding " + file.getFileName() + "…", () -> lib.add(file), this::added,
                    error -> notice.set(Notice.error(messageOf(error))));
        }
    }

    private void added(Article article) {
        articles.add(article);
        selected.set(article);
        search.refresh();
        notice.set(Notice.info("Added “" + article.title() + "” to your library."));
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
            notice.set(Notice.info("Removed “" + removed.title() + "” from your library."));
        }, error -> notice.set(Notice.error(messageOf(error))));
    }

    /** Asks the reading pane to bring a block of the open article into view (the outline's links). */
    public void jumpTo(int blockIndex) {
        jump.set(new Jump(blockIndex));
    }

    public void dismissNotice() {
        notice.set(null);
    }

    private void articleChanged(Article article) {
        windowTitle.set(article == null ? "HeadBack" : "HeadBack — " + article.title());
        selectedRemovable.set(article != null && article.isUserArticle());
        outline.setAll(article == null ? List.of() : outlineOf(article));
    }

    static List<OutlineEntry> outlineOf(Article article) {
        var blocks = article.blocks();
        return IntStream.range(0, blocks.size())
                .filter(i -> blocks.get(i) instanceof Block.Heading)
                .mapToObj(i -> {
                    var heading = (Block.Heading) blocks.get(i);
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

    public ObservableList<Article> articles() {
        return articles;
    }

    public ObjectProperty<Article> selectedProperty() {
        return selected;
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

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Jump> jumpProperty() {
        return jump.getReadOnlyProperty();
    }

    public SearchViewModel search() {
        return search;
    }
}
