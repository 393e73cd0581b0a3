package org.headback.ui;

import static org.headback.ui.Nodes.button;
import static org.headback.ui.Nodes.id;
import static org.headback.ui.Nodes.onAction;
import static org.headback.ui.Nodes.tip;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.headback.article.ArticleEntry;
import org.headback.chart.ChartKind;
import org.headback.text.Words;
import org.headback.ui.charts.ChartsViewModel;
import org.headback.ui.charts.ReportAction;
import org.headback.ui.diary.CatchUpLineView;
import org.headback.ui.diary.DiaryDialogs;
import org.headback.ui.diary.DiaryTransferViewModel;
import org.headback.ui.diary.DiaryView;
import org.headback.ui.diary.DiaryViewModel;
import org.headback.ui.reader.ArticleView;
import org.headback.ui.reader.LibraryView;
import org.headback.ui.reader.ReaderDialogs;
import org.headback.ui.reader.ReaderViewModel;
import org.headback.ui.report.ReportViewModel;

/** The main window: menus, the reader on the left, the article's outline on the right, a status bar. */
public final class MainView {
    /** The reader's share of the width while the charts are shown. */
    static final double CHARTS_DIVIDER = 0.42;
    /** Work shorter than this shows no spinner and no words: under a second, what one does flows on unbroken. */
    static final Duration SPINNER_DELAY = Duration.seconds(1);


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

    /** The views the window holds, each made from its own view-model. */
    public record Views(LibraryView library, ArticleView article, DiaryView diary, CatchUpLineView catchUpLine) {
        public Views {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(diary, "diary");
            Objects.requireNonNull(catchUpLine, "catchUpLine");
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
    private final Views parts;
    private final MenuItem removeArticleItem = menuItem("_Remove Article…", null, this::removeArticle);
    private final CheckMenuItem darkThemeItem = new CheckMenuItem("_Dark Theme");
    private final MainLayout nodes;
    /** Work that cannot be cancelled, under way for long enough to show the spinner and say what it is. */
    private final HeldFor lastingWork;
    /** Where the reader's divider was before the charts widened the right side, or -1. */
    private double dividerBeforeCharts = -1;

    private final Supplier<Node> chartsView;
    private final PaneLayout layout;

    /**
     * @param bar          the message bar above the reader
     * @param chartsView   loads the charts' view, the first time the Charts tab is opened
     * @param showReminder opens the reminder's dialog
     */
    public MainView(ViewModels models, Views parts, MessageLine bar, TaskRunner runner, Supplier<Node> chartsView,
                    Runnable showReminder) {
        this.main = models.main();
        this.reader = models.reader();
        this.diary = models.diary();
        this.transfer = models.transfer();
        this.charts = models.charts();
        this.report = models.report();
        this.parts = Objects.requireNonNull(parts, "parts");
        this.bar = Objects.requireNonNull(bar, "bar");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.chartsView = Objects.requireNonNull(chartsView, "chartsView");
        nodes = new MainLayout(new MainLayout.Parts(menuBar(Objects.requireNonNull(showReminder, "showReminder")),
                parts.library().root(), parts.article().root(), parts.diary().root(), parts.catchUpLine().root()));
        removeArticleItem.disableProperty().bind(reader.selectedRemovableProperty().not());
        darkThemeItem.setSelected(main.themeProperty().get() == Theme.DARK);
        darkThemeItem.selectedProperty().addListener((observable, old, dark) ->
                main.useTheme(dark ? Theme.DARK : Theme.LIGHT));
        lastingWork = new HeldFor(runner.busyProperty().and(runner.cancellableProperty().not()), SPINNER_DELAY);
        bindNotice();
        bindStatus();
        nodes.rightTabs.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) ->
                tabChosen(tab));
        nodes.root.setOnDragOver(this::onDragOver);
        nodes.root.setOnDragDropped(this::onDragDropped);
        main.fontStepProperty().addListener((observable, old, step) -> applyFontStep(old.intValue(), step.intValue()));
        applyFontStep(-1, main.fontStepProperty().get());
        layout = new PaneLayout(nodes.mainSplit, nodes.readerSplit, nodes.library, nodes.article, nodes.rightTabs);
        showRailWhileFolded();
        var empty = Bindings.isEmpty(diary.recentDays());
        nodes.firstSteps.visibleProperty().bind(empty);
        nodes.firstSteps.managedProperty().bind(empty);
        onAction(nodes.recordTodayButton, this::recordToday);
        onAction(nodes.importButton, this::importDiary);
        onAction(nodes.dismissNoticeButton, bar::clear);
        onAction(nodes.cancelButton, runner::cancel);
    }

    /** The window's root, to set in its scene. */
    public Parent root() {
        return nodes.root;
    }

    private MenuBar menuBar(Runnable showReminder) {
        id("removeArticleItem", removeArticleItem);
        id("darkThemeItem", darkThemeItem).setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        var file = new Menu("_File", null, id("addArticleItem", menuItem("_Add Article…", "Shortcut+O",
                this::addArticle)), removeArticleItem, new SeparatorMenuItem(),
                menuItem("Record _Today", "Shortcut+T", this::recordToday),
                menuItem("_Import Diary…", "Shortcut+I", this::importDiary),
                menuItem("_Export Diary to CSV…", "Shortcut+E", this::exportDiary),
                menuItem("Restore Diary from _Backup…", null, this::restoreBackup),
                menuItem("Re_port for the Doctor…", "Shortcut+R", this::report),
                id("reminderItem", menuItem("Re_minder…", null, showReminder)), new SeparatorMenuItem(),
                menuItem("_Quit", "Shortcut+Q", this::quit));
        var view = new Menu("_View", null,
                menuItem("_Find in Articles", "Shortcut+F", this::find),
                menuItem("Show the Li_brary", "Shortcut+L", this::focusLibrary),
                menuItem("Find _Next", "F3", reader.search()::next),
                menuItem("Find _Previous", "Shift+F3", reader.search()::previous), new SeparatorMenuItem(),
                menuItem("_Larger Text", "Shortcut+Plus", main::largerText),
                menuItem("_Smaller Text", "Shortcut+Minus", main::smallerText),
                menuItem("_Normal Text Size", "Shortcut+0", main::normalText), new SeparatorMenuItem(),
                darkThemeItem);
        var help = new Menu("_Help", null,
                menuItem("_Getting Started", null, () -> HelpDialogs.showGuide(window())),
                menuItem("_Keyboard Shortcuts", "F1", () -> HelpDialogs.showShortcuts(window())),
                menuItem("_About HeadBack", null, () -> HelpDialogs.showAbout(window())));
        return new MenuBar(file, view, help);
    }

    /** A menu's command; the accelerator in the form the menus show, such as "Shortcut+O", or null. */
    private static MenuItem menuItem(String text, String accelerator, Runnable action) {
        var item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private Window window() {
        return nodes.root.getScene().getWindow();
    }

    /** From anywhere in the window: today's day in the diary, the cursor in its first field. */
    void recordToday() {
        nodes.rightTabs.getSelectionModel().select(nodes.diaryTab);
        parts.diary().recordToday();
        Platform.runLater(() -> {
            var field = nodes.root.lookup("#backPainField");
            if (field != null) {
                field.requestFocus();
            }
        });
    }

    /** While the library is folded away, a narrow bar at the window's left edge gives it back. */
    private void showRailWhileFolded() {
        var open = tip(button("Library", this::focusLibrary, "library-rail-button"), "Show the library (Ctrl+L)");
        var rail = new VBox(new Group(open));
        rail.getStyleClass().add("library-rail");
        open.setRotate(-90);
        layout.libraryFoldedProperty().addListener((observable, was, folded) -> {
            nodes.root.setLeft(folded ? rail : null);
            // The reader's minimum kept the charts from their width until the library folded away.
            if (folded && nodes.rightTabs.getSelectionModel().getSelectedItem() == nodes.chartsTab
                    && nodes.mainSplit.getDividerPositions()[0] > CHARTS_DIVIDER) {
                nodes.mainSplit.setDividerPositions(CHARTS_DIVIDER);
            }
        });
    }

    /**
     * The charts are drawn when they are looked at, from the diary as it is then, and get more of the window's
     * width than the diary needs; going back to the diary gives the reader its width back.
     */
    private void tabChosen(Tab tab) {
        if (tab == nodes.chartsTab) {
            buildChartsView();
            dividerBeforeCharts = nodes.mainSplit.getDividerPositions()[0];
            if (dividerBeforeCharts > CHARTS_DIVIDER) {
                nodes.mainSplit.setDividerPositions(CHARTS_DIVIDER);
            }
            charts.refresh();
        } else if (dividerBeforeCharts > 0) {
            nodes.mainSplit.setDividerPositions(dividerBeforeCharts);
            dividerBeforeCharts = -1;
        }
    }

    /**
     * Builds the Charts tab's view, unless it is built already: at the tab's first look, or ahead of it. The charts
     * fill their tab, and scroll rather than squeeze the chart below its minimum height (in their style sheet) when
     * the window is short or the text large.
     */
    public void buildChartsView() {
        if (nodes.chartsTab.getContent() == null) {
            var scroll = new ScrollPane(chartsView.get());
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.getStyleClass().add("charts-scroll");
            nodes.chartsTab.setContent(scroll);
        }
    }

    private void bindNotice() {
        var hasNotice = bar.noticeProperty().isNotNull();
        nodes.noticeBar.visibleProperty().bind(hasNotice);
        nodes.noticeBar.managedProperty().bind(hasNotice);
        nodes.noticeText.textProperty().bind(bar.textProperty());
        bar.noticeProperty().addListener((observable, old, notice) -> {
            nodes.noticeBar.getStyleClass().removeAll("notice-error", "notice-info");
            if (notice != null) {
                nodes.noticeBar.getStyleClass().add(notice.kind() == Notice.Kind.ERROR ? "notice-error"
                        : "notice-info");
            }
        });
    }

    private void bindStatus() {
        nodes.statusText.textProperty().bind(Bindings.createStringBinding(() -> {
            var articles = reader.articles();
            long yours = articles.stream().filter(ArticleEntry::isUserArticle).count();
            return Words.count("article", articles.size())
                    + (yours > 0 ? " · " + yours + " added by you" : "");
        }, reader.articles()));
        lastingWork.heldProperty().addListener((observable, was, lasting) ->
                nodes.busyIndicator().setVisible(lasting));
        // What is being done goes with the progress bar of work that can be cancelled, else with the spinner.
        nodes.busyText.textProperty().bind(Bindings.when(runner.cancellableProperty().or(lastingWork.heldProperty()))
                .then(runner.descriptionProperty()).otherwise(""));
        nodes.progressBar.progressProperty().bind(runner.progressProperty());
        for (var node : new Node[] {nodes.progressBar, nodes.cancelButton}) {
            node.visibleProperty().bind(runner.cancellableProperty());
            node.managedProperty().bind(runner.cancellableProperty());
        }
    }

    private void applyFontStep(int old, int step) {
        if (old >= 0) {
            nodes.root.getStyleClass().remove(FontScale.styleClass(old));
        }
        nodes.root.getStyleClass().add(FontScale.styleClass(step));
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
        nodes.rightTabs.getSelectionModel().select(nodes.chartsTab);
    }

    /** Adds files as articles, as a drop on the window does. */
    public void addArticles(List<Path> files) {
        reader.addArticles(files);
    }

    /** The divider positions, for remembering them. */
    double[] dividers() {
        double main = dividerBeforeCharts > 0 ? dividerBeforeCharts : nodes.mainSplit.getDividerPositions()[0];
        return new double[] {main, layout.readerDivider()};
    }

    /** The keyboard in today's entry if the diary is on show, else in the library. */
    void focusAtStart() {
        if (!parts.diary().focusEntry()) {
            focusLibrary();
        }
    }

    void focusLibrary() {
        layout.showLibrary();
        parts.library().focusLibrary();
    }

    void restoreDividers(UiSettings settings) {
        nodes.mainSplit.setDividerPositions(settings.mainDivider().orElse(0.64));
        layout.start(settings.readerDivider().orElse(0.28));
    }

    private void addArticle() {
        ReaderDialogs.chooseAndAdd(window(), reader);
    }

    private void removeArticle() {
        ReaderDialogs.confirmAndRemove(window(), reader);
    }

    private void importDiary() {
        var window = window();
        DiaryDialogs.chooseImportFile(window).ifPresent(file -> DiaryDialogs.importFile(window, file, transfer));
    }

    private void exportDiary() {
        var window = window();
        DiaryDialogs.chooseRange(window).ifPresent(range -> DiaryDialogs.chooseExportFile(window, diary.today())
                .ifPresent(file -> transfer.export(file, range.from(), range.to())));
    }

    private void restoreBackup() {
        var window = window();
        transfer.listBackups(backups -> DiaryDialogs.chooseBackup(window, backups).ifPresent(transfer::restore));
    }

    /** The report starts from the Charts tab's range and thresholds, and says there what became of it. */
    private void report() {
        nodes.rightTabs.getSelectionModel().select(nodes.chartsTab);
        ReportAction.run(window(), charts, report);
    }

    private void quit() {
        window().hide();
        Platform.exit();
    }

    private void find() {
        layout.showLibrary();
        parts.library().focusSearch();
    }
}
