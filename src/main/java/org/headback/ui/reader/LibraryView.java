package org.headback.ui.reader;

import static org.headback.ui.Nodes.button;
import static org.headback.ui.Nodes.heightening;
import static org.headback.ui.Nodes.id;
import static org.headback.ui.Nodes.label;
import static org.headback.ui.Nodes.sheet;
import static org.headback.ui.Nodes.spoken;
import static org.headback.ui.Nodes.styled;
import static org.headback.ui.Nodes.tip;
import static org.headback.ui.Nodes.widening;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.headback.article.ArticleEntry;
import org.headback.article.ArticleSearch;
import org.headback.article.SearchHit;
import org.headback.ui.OutOfWindowWhileHidden;

/** The library beside the reading pane: the articles, or while searching, the hits with their snippets. */
public final class LibraryView {
    private final TextField searchField = id("searchField", spoken(styled(new TextField(), "search-field"),
            "Search all articles"));
    private final Label searchSummary = id("searchSummary", widening(label(null, "search-summary")));
    private final Button previousButton = id("previousButton", searchStep("↑", "Previous match",
            "Previous match (Shift+Enter, Shift+F3)", this::previousHit));
    private final Button nextButton = id("nextButton", searchStep("↓", "Next match", "Next match (Enter, F3)",
            this::nextHit));
    private final HBox searchNavigation = id("searchNavigation", styled(new HBox(searchSummary, previousButton,
            nextButton), "search-navigation"));
    private final ListView<ArticleEntry> libraryList = id("libraryList", spoken(styled(new ListView<>(),
            "library-list"), "Articles in the library"));
    private final ListView<SearchHit> hitList = id("hitList", spoken(styled(new ListView<>(), "hit-list"),
            "Search results"));
    private final Tab libraryTab = id("libraryTab", new Tab("Library", new StackPane(libraryList, hitList)));
    private final Tab contentsTab = id("contentsTab", new Tab("Contents"));
    private final TabPane sidebarTabs = id("sidebarTabs", heightening(styled(new TabPane(libraryTab, contentsTab),
            "sidebar-tabs")));
    private final VBox root;

    private final ReaderViewModel viewModel;
    private final SearchViewModel search;

    public LibraryView(ReaderViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.search = viewModel.search();
        searchField.setPromptText("Search all articles (Ctrl+F)");
        sidebarTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var add = id("addButton", tip(button("Add Article…", this::addArticle, "add-article"),
                "Add a .txt, .md or .html file (Ctrl+O), or drop files on the window"));
        add.setMaxWidth(Double.MAX_VALUE);
        root = sheet(styled(new VBox(searchField, searchNavigation, sidebarTabs, add), "library-view"), getClass(),
                "LibraryView.css");
        bindLibrary();
        bindSearch();
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::onSearchKey);
        contentsWhenFirstChosen();
    }

    public Region root() {
        return root;
    }

    private static Button searchStep(String arrow, String name, String tipText, Runnable action) {
        var step = spoken(tip(button(arrow, action, "search-step"), tipText), name);
        step.setFocusTraversable(false);
        return step;
    }

    /** The contents are not in the first picture: they join the window the first time their tab is chosen. */
    private void contentsWhenFirstChosen() {
        contentsTab.selectedProperty().addListener((observable, was, chosen) -> {
            if (chosen && contentsTab.getContent() == null) {
                contentsTab.setContent(new OutlineView(viewModel).root());
            }
        });
    }

    private void bindLibrary() {
        libraryList.setItems(viewModel.articles());
        libraryList.setCellFactory(list -> new ArticleCell());
        libraryList.setPlaceholder(new Label("No articles yet."));
        libraryList.getSelectionModel().selectedItemProperty().addListener((observable, old, article) -> {
            if (article != null) {
                viewModel.select(article);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, article) -> {
            if (article != null && libraryList.getSelectionModel().getSelectedItem() != article) {
                libraryList.getSelectionModel().select(article);
                libraryList.scrollTo(article);
            }
        });
        var remove = new MenuItem("Remove from Library…");
        remove.disableProperty().bind(viewModel.selectedRemovableProperty().not());
        remove.setOnAction(event -> ReaderDialogs.confirmAndRemove(root.getScene().getWindow(), viewModel));
        libraryList.setContextMenu(new ContextMenu(remove));
        libraryList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && viewModel.selectedRemovableProperty().get()) {
                ReaderDialogs.confirmAndRemove(root.getScene().getWindow(), viewModel);
            }
        });
    }

    private void bindSearch() {
        searchField.textProperty().bindBidirectional(search.queryProperty());
        BooleanBinding searching = Bindings.createBooleanBinding(
                () -> !ArticleSearch.isBlank(search.queryProperty().get()), search.queryProperty());
        for (var node : new Node[] {searchNavigation, hitList}) {
            node.visibleProperty().bind(searching);
            node.managedProperty().bind(searching);
        }
        libraryList.visibleProperty().bind(searching.not());
        OutOfWindowWhileHidden.keep(hitList, (Pane) hitList.getParent());
        libraryTab.textProperty().bind(Bindings.when(searching).then("Matches").otherwise("Library"));
        searching.addListener((observable, was, now) -> {
            if (now) {
                sidebarTabs.getSelectionModel().select(libraryTab);
            }
        });
        searchSummary.textProperty().bind(search.summaryProperty());
        var noHits = Bindings.isEmpty(search.hits());
        previousButton.disableProperty().bind(noHits);
        nextButton.disableProperty().bind(noHits);
        hitList.setItems(search.hits());
        hitList.setCellFactory(list -> new HitCell());
        hitList.setPlaceholder(new Label("No article contains these words."));
        hitList.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() >= 0 && index.intValue() != search.currentIndexProperty().get()) {
                search.goTo(index.intValue());
            }
        });
        search.currentIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() >= 0) {
                hitList.getSelectionModel().select(index.intValue());
                hitList.scrollTo(Math.max(0, index.intValue() - 2));
            }
        });
    }

    private void onSearchKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            if (event.isShiftDown()) {
                search.previous();
            } else {
                search.next();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
            search.clear();
            event.consume();
        } else if (event.getCode() == KeyCode.DOWN && !search.hits().isEmpty()) {
            hitList.requestFocus();
            event.consume();
        }
    }

    /** Puts the keyboard focus on the list of articles, as the window opens. */
    public void focusLibrary() {
        libraryList.requestFocus();
    }

    /** Puts the cursor in the search field, with its words selected for typing over. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private void previousHit() {
        search.previous();
    }

    private void nextHit() {
        search.next();
    }

    private void addArticle() {
        ReaderDialogs.chooseAndAdd(root.getScene().getWindow(), viewModel);
    }
}
