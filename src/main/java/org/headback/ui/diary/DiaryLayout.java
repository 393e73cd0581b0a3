package org.headback.ui.diary;

import static org.headback.ui.Nodes.atPreferredHeight;
import static org.headback.ui.Nodes.atPreferredWidth;
import static org.headback.ui.Nodes.column;
import static org.headback.ui.Nodes.fullHeight;
import static org.headback.ui.Nodes.heightening;
import static org.headback.ui.Nodes.id;
import static org.headback.ui.Nodes.label;
import static org.headback.ui.Nodes.row;
import static org.headback.ui.Nodes.sheet;
import static org.headback.ui.Nodes.spoken;
import static org.headback.ui.Nodes.spring;
import static org.headback.ui.Nodes.styled;
import static org.headback.ui.Nodes.tip;
import static org.headback.ui.Nodes.widening;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.headback.diary.DayEntry;

/**
 * The nodes of the diary beside the reader, as {@link DiaryView} binds them: the last 30 days' counts, the choice of
 * calendar, list or counts, the diary's message line, and the calendar with the day's entry under it, the list of
 * days, and the day pinned above them when its heading scrolls away. Built in code, as the window's first picture is.
 */
final class DiaryLayout {
    /** The last 30 days' counts on a line of their own: beside the buttons a narrow diary cut them to "30 days…". */
    final Hyperlink recentCounts = id("recentCounts", styled(new Hyperlink(), "recent-counts"));
    final Button medicinesButton = tip(atPreferredWidth(styled(new Button("Medicines…"), "diary-medicines")),
            "The medicines you keep, and the courses of preventive ones");
    final ToggleButton calendarChoice = id("calendarChoice", pill("Calendar", "left-pill"));
    final ToggleButton listChoice = id("listChoice", pill("List", "center-pill"));
    final ToggleButton countsChoice = id("countsChoice", tip(pill("Counts", "right-pill"),
            "Headache and medication days per month, against the ICHD-3 lines"));

    final Label messageText = id("messageText", atPreferredHeight(widening(label(null))));
    final Button undoButton = id("undoButton", atPreferredWidth(styled(new Button("Undo"), "diary-undo")));
    final Button dismissButton = spoken(atPreferredWidth(styled(new Button("×"), "diary-dismiss")),
            "Dismiss the message");
    final HBox messageBar = id("messageBar", row("diary-message", messageText, undoButton, dismissButton));

    final Button previousMonthButton = id("previousMonthButton", monthStep("‹", "Previous month",
            "Previous month (Page Up)"));
    final Label monthLabel = id("monthLabel", label(null, "month-label"));
    final Button nextMonthButton = id("nextMonthButton", monthStep("›", "Next month", "Next month (Page Down)"));
    final Button todayButton = id("todayButton", tip(atPreferredWidth(styled(new Button("Today"), "today-button")),
            "Go to today (Home)"));
    final GridPane calendarGrid = id("calendarGrid", styled(new GridPane(), "calendar-grid"));
    final ScrollPane calendarPane;
    final TableView<DayEntry> listTable = id("listTable", styled(new TableView<>(), "diary-table"));

    final Label pinnedDate = id("pinnedDate", atPreferredWidth(label(null, "pinned-date")));
    final Label pinnedNotToday = id("pinnedNotToday", label(null, "not-today"));
    final Label pinnedSaveState = id("pinnedSaveState", fullHeight(null, "save-state"));
    final Label pinnedWarning = id("pinnedWarning", fullHeight(null, "pinned-warning"));
    final VBox pinnedDay = id("pinnedDay", column("pinned-day", row("pinned-day-line", pinnedDate, pinnedNotToday),
            pinnedSaveState, pinnedWarning));

    final StackPane views;
    final VBox root;

    /** @param editor the selected day's entry, under the calendar */
    DiaryLayout(Node editor) {
        recentCounts.setMinWidth(0);
        recentCounts.setWrapText(true);
        recentCounts.setMaxWidth(Double.MAX_VALUE);
        var choice = new ToggleGroup();
        for (var pill : new ToggleButton[] {calendarChoice, listChoice, countsChoice}) {
            pill.setToggleGroup(choice);
        }
        calendarChoice.setSelected(true);
        messageText.setWrapText(true);
        calendarPane = id("calendarPane", styled(new ScrollPane(column("diary-content",
                row("month-navigation", previousMonthButton, monthLabel, nextMonthButton, spring(), todayButton),
                calendarGrid, legend(), editor)), "diary-scroll"));
        calendarPane.setFitToWidth(true);
        listTable.setVisible(false);
        pinnedNotToday.setMinWidth(0);
        pinnedDay.setMaxHeight(Region.USE_PREF_SIZE);
        pinnedDay.setVisible(false);
        pinnedDay.setAccessibleRole(AccessibleRole.TEXT);
        StackPane.setAlignment(pinnedDay, Pos.TOP_CENTER);
        views = id("views", heightening(new StackPane(calendarPane, listTable, pinnedDay)));
        root = sheet(column("diary-view", recentCounts,
                row("diary-header", spring(), medicinesButton, calendarChoice, listChoice, countsChoice),
                messageBar, views), DiaryView.class, "DiaryView.css");
    }

    private static ToggleButton pill(String text, String styleClass) {
        return atPreferredWidth(styled(new ToggleButton(text), styleClass));
    }

    private static Button monthStep(String arrow, String name, String tipText) {
        return spoken(tip(atPreferredWidth(styled(new Button(arrow), "month-step")), tipText), name);
    }

    /** What the marks under each day's number mean. */
    private static FlowPane legend() {
        return styled(new FlowPane(
                label("▲● both", "legend-item", "status-both"),
                label("▲ back pain", "legend-item", "status-back-pain-only"),
                label("● headache", "legend-item", "status-headache-only"),
                label("○ neither", "legend-item", "status-neither"),
                label("not recorded", "legend-item", "status-not-recorded"),
                label("⚠ warning sign", "legend-item", "warning-sign")), "calendar-legend");
    }
}
