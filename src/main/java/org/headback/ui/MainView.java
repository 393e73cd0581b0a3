package org.headback.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.headback.article.ArticleEntry;
import org.headback.chart.ChartKind;
import org.headback.text.Words;
import org.headback.ui.charts.ChartsViewModel;
import org.headback.ui.charts.ReportAction;
import org.headback.ui.diary.DiaryDialogs;
import org.headback.ui.diary.DiaryTransferViewModel;
import org.headback.ui.diary.DiaryView;
import org.headback.ui.diary.DiaryViewModel;
import org.headback.ui.reader.LibraryView;
import org.headback.ui.reader.ReaderDialogs;
import org.headback.ui.reader.ReaderViewModel;
import org.headback.ui.report.ReportViewModel;

/** The main window: menus, the reader on the left, the article's outline on the right, a status bar. */
public final class MainView {
    /** The reader's share of the width while the charts are shown. */
    static final double CHARTS_DIVIDER = 0.42;

    @FXML
    private BorderPane root;
    @FXML
    private SplitPane mainSplit;
    @FXML
    private SplitPane readerSplit;
    @FXML
    private MenuItem removeArticleItem;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private HBox noticeBar;
    @FXML
    private Label noticeText;
    @FXML
    private Label statusText;
    @FXML
    private Label busyText;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Button cancelButton;
    @FXML
    private LibraryView libraryController;
    @FXML
    private Region library;
    @FXML
    private Region article;
    @FXML
    private TabPane rightTabs;
    @FXML
    private Tab chartsTab;
    @FXML
    private Tab diaryTab;
    @FXML
    private DiaryView diaryController;
    @FXML
    private HBox firstSteps;

    /** The view-models whose commands the menus and the status bar give. */
    public record ViewModels(MainViewModel main, ReaderViewModel reader, DiaryViewModel diary,
                             DiaryTransferViewModel transfer, ChartsViewModel charts, ReportViewModel report) {
        public ViewModels {
            Objects.requireNonNull(main, "main");
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(diary, "diary");
            Objects.requireNonNull(transfer, "transfer");
            Objects.requireNonNull(charts, "charts");
            Objects.requireNonNull(report, "report");
        }
    }

    private final MainViewModel main;
    private final ReaderViewModel reader;
    private final TaskRunner runner;
    private final DiaryViewModel diary;
    private final DiaryTransferViewModel transfer;
    private final ChartsViewModel charts;
    private final ReportViewModel report;
    private final MessageLine bar;
    /** Where the reader's divider was before the charts widened the right side, or -1. */
    private double dividerBeforeCharts = -1;

    private final Supplier<Node> chartsView;
    private PaneLayout layout;

    /**
     * @param bar        the message bar above the reader
     * @param chartsView loads the charts' view, the first time the Charts tab is opened
     */
    public MainView(ViewModels models, MessageLine bar, TaskRunner runner, Supplier<Node> chartsView) {
        this.main = models.main();
        this.reader = models.reader();
        this.diary = models.diary();
        this.transfer = models.transfer();
        this.charts = models.charts();
        this.report = models.report();
        this.bar = Objects.requireNonNull(bar, "bar");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.chartsView = Objects.requireNonNull(chartsView, "chartsView");
    }

    @FXML
    private void initialize() {
        removeArticleItem.disableProperty().bind(reader.selectedRemovableProperty().not());
        darkThemeItem.setSelected(main.themeProperty().get() == Theme.DARK);
        darkThemeItem.selectedProperty().addListener((observable, old, dark) ->
                main.useTheme(dark ? Theme.DARK : Theme.LIGHT));
        bindNotice();
        bindStatus();
        rightTabs.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) -> tabChosen(tab));
        root.setOnDragOver(this::onDragOver);
        root.setOnDragDropped(this::onDragDropped);
        main.fontStepProperty().addListener((observable, old, step) -> applyFontStep(old.intValue(), step.intValue()));
        applyFontStep(-1, main.fontStepProperty().get());
        layout = new PaneLayout(mainSplit, readerSplit, library, article, rightTabs);
        showRailWhileFolded();
        var empty = Bindings.isEmpty(diary.recentDays());
        firstSteps.visibleProperty().bind(empty);
        firstSteps.managedProperty().bind(empty);
    }

    /** From anywhere in the window: today's day in the diary, the cursor in its first field. */
    @FXML
    void recordToday() {
        rightTabs.getSelectionModel().select(diaryTab);
        diaryController.recordToday();
        Platform.runLater(() -> {
            var field = root.lookup("#backPainField");
            if (field != null) {
                field.requestFocus();
            }
        });
    }

    /** While the library is folded away, a narrow bar at the window's left edge gives it back. */
    private void showRailWhileFolded() {
        var open = new Button("Library");
        open.getStyleClass().add("library-rail-button");
        open.setTooltip(new Tooltip("Show the library (Ctrl+L)"));
        open.setOnAction(event -> showLibrary());
        var rail = new VBox(new Group(open));
        rail.getStyleClass().add("library-rail");
        open.setRotate(-90);
        layout.libraryFoldedProperty().addListener((observable, was, folded) -> {
            root.setLeft(folded ? rail : null);
            // The reader's minimum kept the charts from their width until the library folded away.
            if (folded && rightTabs.getSelectionModel().getSelectedItem() == chartsTab
                    && mainSplit.getDividerPositions()[0] > CHARTS_DIVIDER) {
                mainSplit.setDividerPositions(CHARTS_DIVIDER);
            }
        });
    }

    /**
     * The charts are drawn when they are looked at, from the diary as it is then, and get more of the window's
     * width than the diary needs; going back to the diary gives the reader its width back.
     */
    private void tabChosen(Tab tab) {
        if (tab == chartsTab) {
            buildChartsView();
            dividerBeforeCharts = mainSplit.getDividerPositions()[0];
            if (dividerBeforeCharts > CHARTS_DIVIDER) {
                mainSplit.setDividerPositions(CHARTS_DIVIDER);
            }
            charts.refresh();
        } else if (dividerBeforeCharts > 0) {
            mainSplit.setDividerPositions(dividerBeforeCharts);
            dividerBeforeCharts = -1;
        }
    }

    /**
     * Builds the Charts tab's view, unless it is built already: at the tab's first look, or ahead of it. The charts
     * fill their tab, and scroll rather than squeeze the chart below its minimum height (in their style sheet) when
     * the window is short or the text large.
     */
    public void buildChartsView() {
        if (chartsTab.getContent() == null) {
            var scroll = new ScrollPane(chartsView.get());
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.getStyleClass().add("charts-scroll");
            chartsTab.setContent(scroll);
        }
    }

    private void bindNotice() {
        var hasNotice = bar.noticeProperty().isNotNull();
        noticeBar.visibleProperty().bind(hasNotice);
        noticeBar.managedProperty().bind(hasNotice);
        noticeText.textProperty().bind(bar.textProperty());
        bar.noticeProperty().addListener((observable, old, notice) -> {
            noticeBar.getStyleClass().removeAll("notice-error", "notice-info");
            if (notice != null) {
                noticeBar.getStyleClass().add(notice.kind() == Notice.Kind.ERROR ? "notice-error" : "notice-info");
            }
        });
    }

    private void bindStatus() {
        statusText.textProperty().bind(Bindings.createStringBinding(() -> {
            var articles = reader.articles();
            long yours = articles.stream().filter(ArticleEntry::isUserArticle).count();
            return Words.count("article", articles.size())
                    + (yours > 0 ? " · " + yours + " added by you" : "");
        }, reader.articles()));
        busyIndicator.visibleProperty().bind(runner.busyProperty().and(runner.cancellableProperty().not()));
        busyText.textProperty().bind(runner.descriptionProperty());
        progressBar.progressProperty().bind(runner.progressProperty());
        for (var node : new Node[] {progressBar, cancelButton}) {
            node.visibleProperty().bind(runner.cancellableProperty());
            node.managedProperty().bind(runner.cancellableProperty());
        }
    }

    private void applyFontStep(int old, int step) {
        if (old >= 0) {
            root.getStyleClass().remove(FontScale.styleClass(old));
        }
        root.getStyleClass().add(FontScale.styleClass(step));
    }

    private void onDragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void onDragDropped(DragEvent event) {
        var files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.<File>of();
        if (!files.isEmpty()) {
            reader.addArticles(files.stream().map(File::toPath).toList());
        }
        event.setDropCompleted(!files.isEmpty());
        event.consume();
    }

    /** Shows the evidence view: the Charts tab with the evidence chart, drawn from the diary as it is now. */
    public void showEvidence() {
        charts.kindProperty().set(ChartKind.EVIDENCE);
        rightTabs.getSelectionModel().select(chartsTab);
    }

    /** Adds files as articles, as a drop on the window does. */
    public void addArticles(List<Path> files) {
        reader.addArticles(files);
    }

    /** The divider positions, for remembering them. */
    double[] dividers() {
        double main = dividerBeforeCharts > 0 ? dividerBeforeCharts : mainSplit.getDividerPositions()[0];
        return new double[] {main, layout.readerDivider()};
    }

    void focusLibrary() {
        layout.showLibrary();
        libraryController.focusLibrary();
    }

    @FXML
    private void showLibrary() {
        focusLibrary();
    }

    void restoreDividers(UiSettings settings) {
        mainSplit.setDividerPositions(settings.mainDivider().orElse(0.64));
        layout.start(settings.readerDivider().orElse(0.28));
    }

    @FXML
    private void addArticle() {
        ReaderDialogs.chooseAndAdd(root.getScene().getWindow(), reader);
    }

    @FXML
    private void removeArticle() {
        ReaderDialogs.confirmAndRemove(root.getScene().getWindow(), reader);
    }

    @FXML
    private void importDiary() {
        var window = root.getScene().getWindow();
        DiaryDialogs.chooseImportFile(window).ifPresent(file -> DiaryDialogs.importFile(window, file, transfer));
    }

    @FXML
    private void exportDiary() {
        var window = root.getScene().getWindow();
        DiaryDialogs.chooseRange(window).ifPresent(range -> DiaryDialogs.chooseExportFile(window, diary.today())
                .ifPresent(file -> transfer.export(file, range.from(), range.to())));
    }

    @FXML
    private void restoreBackup() {
        var window = root.getScene().getWindow();
        transfer.listBackups(backups -> DiaryDialogs.chooseBackup(window, backups).ifPresent(transfer::restore));
    }

    /** The report starts from the Charts tab's range and thresholds, and says there what became of it. */
    @FXML
    private void report() {
        rightTabs.getSelectionModel().select(chartsTab);
        ReportAction.run(root.getScene().getWindow(), charts, report);
    }

    @FXML
    private void cancelWork() {
        runner.cancel();
    }

    @FXML
    private void quit() {
        root.getScene().getWindow().hide();
        Platform.exit();
    }

    @FXML
    private void find() {
        layout.showLibrary();
        libraryController.focusSearch();
    }

    @FXML
    private void findNext() {
        reader.search().next();
    }

    @FXML
    private void findPrevious() {
        reader.search().previous();
    }

    @FXML
    private void largerText() {
        main.largerText();
    }

    @FXML
    private void smallerText() {
        main.smallerText();
    }

    @FXML
    private void normalText() {
        main.normalText();
    }

    @FXML
    private void dismissNotice() {
        bar.clear();
    }

    @FXML
    private void showShortcuts() {
        HelpDialogs.showShortcuts(root.getScene().getWindow());
    }

    @FXML
    private void showGuide() {
        HelpDialogs.showGuide(root.getScene().getWindow());
    }

    @FXML
    private void showAbout() {
        HelpDialogs.showAbout(root.getScene().getWindow());
    }
}
