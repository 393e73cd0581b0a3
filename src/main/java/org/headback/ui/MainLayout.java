package org.headback.ui;

import static org.headback.ui.Nodes.atPreferredWidth;
import static org.headback.ui.Nodes.id;
import static org.headback.ui.Nodes.label;
import static org.headback.ui.Nodes.row;
import static org.headback.ui.Nodes.sheet;
import static org.headback.ui.Nodes.spring;
import static org.headback.ui.Nodes.styled;
import static org.headback.ui.Nodes.widening;
import static org.headback.ui.Nodes.wrapping;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The nodes of the main window, as {@link MainView} binds them: the menu and the lines under it (a notice, the
 * first steps of an empty diary, the offer to catch up), the reader's split pane beside the Diary and Charts tabs,
 * and the status bar with the work in progress. Built in code, as the window's first picture is.
 */
final class MainLayout {
    final Label noticeText = id("noticeText", widening(wrapping(null, "notice-text")));
    final Button dismissNoticeButton = id("dismissNoticeButton", styled(new Button("Dismiss"), "notice-dismiss"));
    final HBox noticeBar = id("noticeBar", row("notice-bar", noticeText, dismissNoticeButton));
    /** While the diary holds no day of the last year: the three ways to begin. */
    final Button recordTodayButton = atPreferredWidth(styled(new Button("Record Today"), "accent"));
    final Button importButton = atPreferredWidth(new Button("Import a Diary…"));
    final HBox firstSteps = id("firstSteps", row("first-steps", widening(wrapping("Your diary has no day of the"
            + " last year yet. Record how today went, import a diary you kept elsewhere, or start by reading an"
            + " article.", "first-steps-text")), recordTodayButton, importButton));

    final Region library;
    final Region article;
    final SplitPane readerSplit;
    final Tab diaryTab;
    /** The charts (and the chart library) are loaded the first time this tab is opened. */
    final Tab chartsTab = id("chartsTab", new Tab("Charts"));
    final TabPane rightTabs;
    final SplitPane mainSplit;

    final Label statusText = id("statusText", label(null, "status-text"));
    final Label busyText = id("busyText", label(null, "status-text"));
    final ProgressBar progressBar = id("progressBar", styled(new ProgressBar(), "status-progress-bar"));
    final Button cancelButton = id("cancelButton", styled(new Button("Cancel"), "status-cancel"));
    final HBox statusBar;
    private ProgressIndicator busyIndicator;

    final BorderPane root;

    /** The parts of the window made by their own views. */
    record Parts(MenuBar menuBar, Region library, Region article, Node diary, Node catchUpLine) {
    }

    MainLayout(Parts parts) {
        library = parts.library();
        article = parts.article();
        readerSplit = id("readerSplit", styled(new SplitPane(library, article), "reader-split"));
        diaryTab = id("diaryTab", new Tab("Diary", parts.diary()));
        rightTabs = id("rightTabs", styled(new TabPane(diaryTab, chartsTab), "right-tabs"));
        rightTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        mainSplit = id("mainSplit", styled(new SplitPane(readerSplit, rightTabs), "main-split"));
        root = sheet(styled(new BorderPane(mainSplit), "main-window"), MainView.class, "MainView.css");
        root.setTop(new VBox(id("menuBar", parts.menuBar()), noticeBar, firstSteps,
                parts.catchUpLine()));
        statusBar = row("status-bar", statusText, spring(), busyText, progressBar, cancelButton);
        root.setBottom(statusBar);
    }

    /** The spinner of work that cannot be cancelled: made the first time such work lasts long enough to show it. */
    ProgressIndicator busyIndicator() {
        if (busyIndicator == null) {
            busyIndicator = id("busyIndicator", styled(new ProgressIndicator(), "status-progress"));
            statusBar.getChildren().add(busyIndicator);
        }
        return busyIndicator;
    }
}
