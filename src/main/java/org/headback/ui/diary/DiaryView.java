package org.headback.ui.diary;

import static org.headback.ui.Nodes.onAction;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import org.headback.diary.WarningSigns;
import org.headback.text.Dates;
import org.headback.ui.FirstFrame;
import org.headback.ui.OutOfWindowWhileHidden;

/** The diary beside the reader: a month calendar with the selected day's entry under it, or a table of days. */
public final class DiaryView {


    private final DayEditorView editor;
    private final DiaryLayout layout;
    private final DiaryViewModel viewModel;
    private final Supplier<Node> countersView;
    private final Runnable showMedicines;
    private CalendarGrid calendar;
    private Node counts;

    /**
     * @param editor        the selected day's entry, shown under the calendar
     * @param countersView  makes the counters' view, the first time it is shown (it is in the scene only while
     *                      shown)
     * @param showMedicines opens the Medicines dialog
     */
    public DiaryView(DiaryViewModel viewModel, DayEditorView editor, Supplier<Node> countersView,
                     Runnable showMedicines) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.countersView = Objects.requireNonNull(countersView, "countersView");
        this.showMedicines = Objects.requireNonNull(showMedicines, "showMedicines");
        layout = new DiaryLayout(editor.root());
        bindButtons();
        calendar = new CalendarGrid(layout.calendarGrid, this::choose);
        layout.monthLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.monthProperty().get() == null
                ? "" : Dates.ofUser().month(viewModel.monthProperty().get()), viewModel.monthProperty()));
        for (Observable changes : new Observable[] {viewModel.monthProperty(), viewModel.selectedProperty(),
            viewModel.latestProperty()}) {
            changes.addListener(observable -> showMonth());
        }
        viewModel.monthDays().addListener((MapChangeListener<Object, Object>) change -> showMonth());
        layout.calendarGrid.addEventFilter(KeyEvent.KEY_PRESSED, this::moveByKey);
        bindMessage();
        bindViewChoice();
        var counters = viewModel.counters();
        layout.recentCounts.textProperty().bind(counters.lastThirtyDaysShortProperty());
        var tip = new Tooltip();
        tip.textProperty().bind(counters.lastThirtyDaysProperty().concat(" Show the counts per month."));
        layout.recentCounts.setTooltip(tip);
        layout.recentCounts.accessibleTextProperty().bind(tip.textProperty());
        DiaryTable.fill(layout.listTable, viewModel.recentDays(), day -> {
            layout.calendarChoice.setSelected(true);
            viewModel.select(day);
        });
        showMonth();
        PinnedDay.bind(layout.calendarPane, editor.heading(), editor.banner(), layout.pinnedDay,
                layout.calendarChoice.selectedProperty());
        bindPinnedDay();
        attachLaterSectionsAfterFirstFrame();
    }

    /** The day editor's lower sections are not in the window's first frame: they join it just after. */
    private void attachLaterSectionsAfterFirstFrame() {
        layout.root.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene != null) {
                    layout.root.sceneProperty().removeListener(this);
                    FirstFrame.then(scene, editor::attachLaterSections);
                }
            }
        });
    }

    /**
     * A day clicked, in this month or a greyed one of the month beside it: the keyboard stays on the day shown (the
     * month may have changed under the mouse), so Tab and Shift+Tab go on from there.
     */
    private void choose(LocalDate day) {
        viewModel.select(day);
        calendar.cellOf(viewModel.selectedProperty().get()).ifPresent(Button::requestFocus);
    }

    private void bindPinnedDay() {
        var editor = viewModel.editor();
        layout.pinnedDate.textProperty().bind(Bindings.createStringBinding(() -> editor.dateProperty().get() == null
                ? "" : Dates.ofUser().withWeekday(editor.dateProperty().get()), editor.dateProperty()));
        layout.pinnedNotToday.textProperty().bind(editor.notTodayProperty());
        layout.pinnedNotToday.visibleProperty().bind(editor.notTodayProperty().isNotEmpty());
        layout.pinnedNotToday.managedProperty().bind(layout.pinnedNotToday.visibleProperty());
        layout.pinnedSaveState.textProperty().bind(editor.saveStateProperty());
        var list = WarningSigns.catalogue();
        layout.pinnedWarning.setText("⚠ " + list.bannerTitle() + ": a warning sign is ticked.");
        layout.pinnedWarning.visibleProperty().bind(editor.warningShownProperty());
        layout.pinnedWarning.managedProperty().bind(editor.warningShownProperty());
        editor.warningShownProperty().addListener((observable, was, shown) -> keepFocusInPlace());
    }

    /**
     * The banner appearing or going above the checklist moves the signs: the one just ticked stays where it was
     * under the pointer, and the pinned bar says to seek medical help if the banner is then above the view.
     */
    private void keepFocusInPlace() {
        var scene = layout.root.getScene();
        var focused = scene == null ? null : scene.getFocusOwner();
        var content = layout.calendarPane.getContent();
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        double before = focused.localToScene(0, 0).getY();
        layout.calendarPane.layout();
        scrollBack(focused, before);
        // Wrapped text settles its height in a later pass: correct once more then.
        Platform.runLater(() -> scrollBack(focused, before));
    }

    private void scrollBack(Node focused, double before) {
        layout.calendarPane.layout();
        double moved = focused.localToScene(0, 0).getY() - before;
        double hidden = layout.calendarPane.getContent().getLayoutBounds().getHeight()
                - layout.calendarPane.getViewportBounds().getHeight();
        if (hidden > 0 && Math.abs(moved) > 0.5) {
            layout.calendarPane.setVvalue(Math.max(0, Math.min(1, layout.calendarPane.getVvalue() + moved / hidden)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (var parent = node; parent != null; parent = parent.getParent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void showMonth() {
        var month = viewModel.monthProperty().get();
        if (month != null) {
            calendar.show(month, viewModel.selectedProperty().get(),
                    new CalendarGrid.Days(viewModel.today(), viewModel.latestProperty().get()), viewModel::statusOf,
                    viewModel::warningSignsOf, viewModel::marksOf);
        }
    }

    /** Arrow keys move a day or a week, Page Up/Down a month, Home goes to today. */
    private void moveByKey(KeyEvent event) {
        var selected = viewModel.selectedProperty().get();
        if (selected == null) {
            return;
        }
        var target = switch (event.getCode()) {
            case LEFT -> selected.minusDays(1);
            case RIGHT -> selected.plusDays(1);
            case UP -> selected.minusWeeks(1);
            case DOWN -> selected.plusWeeks(1);
            case PAGE_UP -> selected.minusMonths(1);
            case PAGE_DOWN -> selected.plusMonths(1);
            case HOME -> viewModel.today();
            default -> null;
        };
        if (target != null) {
            event.consume();
            if (viewModel.canChoose(target)) {
                viewModel.select(target);
                calendar.cellOf(target).ifPresent(cell -> cell.requestFocus());
            }
        }
    }

    private void bindMessage() {
        var hasMessage = viewModel.messageProperty().isNotEmpty();
        layout.messageBar.visibleProperty().bind(hasMessage);
        layout.messageBar.managedProperty().bind(hasMessage);
        layout.messageText.textProperty().bind(viewModel.messageProperty());
        layout.undoButton.visibleProperty().bind(viewModel.undoableProperty().isNotNull());
        layout.undoButton.managedProperty().bind(layout.undoButton.visibleProperty());
    }

    private void bindViewChoice() {
        layout.calendarPane.visibleProperty().bind(layout.calendarChoice.selectedProperty());
        layout.listTable.visibleProperty().bind(layout.listChoice.selectedProperty());
        OutOfWindowWhileHidden.keep(layout.listTable, layout.views);
        layout.countsChoice.selectedProperty().addListener((observable, was, shown) -> showCounts(shown));
        // A pill group always has one pressed: pressing the pressed one again keeps it.
        layout.calendarChoice.setOnAction(event -> layout.calendarChoice.setSelected(true));
        layout.listChoice.setOnAction(event -> layout.listChoice.setSelected(true));
        layout.countsChoice.setOnAction(event -> layout.countsChoice.setSelected(true));
    }

    private void bindButtons() {
        onAction(layout.recentCounts, () -> layout.countsChoice.setSelected(true));
        onAction(layout.medicinesButton, showMedicines);
        onAction(layout.undoButton, viewModel::undoDelete);
        onAction(layout.dismissButton, viewModel::dismissMessage);
        onAction(layout.previousMonthButton, viewModel::previousMonth);
        onAction(layout.nextMonthButton, viewModel::nextMonth);
        onAction(layout.todayButton, viewModel::goToToday);
    }

    private void showCounts(boolean shown) {
        if (!shown) {
            layout.views.getChildren().remove(counts);
            return;
        }
        if (counts == null) {
            counts = countersView.get();
        }
        layout.views.getChildren().add(counts);
    }

    /** Shows today in the calendar and opens it in the editor. */
    public void recordToday() {
        layout.calendarChoice.setSelected(true);
        viewModel.goToToday();
    }

    /** Puts the keyboard in the day's first score, if the diary is on show; says whether it was. */
    public boolean focusEntry() {
        for (Node node = editor.root(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        editor.focusFirstScore();
        return true;
    }

    public Parent root() {
        return layout.root;
    }
}
