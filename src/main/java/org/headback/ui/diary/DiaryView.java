package org.headback.ui.diary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.headback.diary.DayEntry;
import org.headback.diary.WarningSigns;
import org.headback.text.Dates;
import org.headback.ui.FirstFrame;
import org.headback.ui.OutOfWindowWhileHidden;

/** The diary beside the reader: a month calendar with the selected day's entry under it, or a table of days. */
public final class DiaryView {

    @FXML
    private VBox root;
    @FXML
    private ToggleButton calendarChoice;
    @FXML
    private ToggleButton listChoice;
    @FXML
    private ToggleButton countsChoice;
    @FXML
    private StackPane views;
    @FXML
    private Hyperlink recentCounts;
    @FXML
    private HBox messageBar;
    @FXML
    private Label messageText;
    @FXML
    private Button undoButton;
    @FXML
    private ScrollPane calendarPane;
    @FXML
    private Label monthLabel;
    @FXML
    private GridPane calendarGrid;
    @FXML
    private TableView<DayEntry> listTable;
    @FXML
    private DayEditorView editorController;
    @FXML
    private VBox pinnedDay;
    @FXML
    private Label pinnedDate;
    @FXML
    private Label pinnedNotToday;
    @FXML
    private Label pinnedSaveState;
    @FXML
    private Label pinnedWarning;

    private final DiaryViewModel viewModel;
    private final Supplier<Node> countersView;
    private final Runnable showMedicines;
    private CalendarGrid calendar;
    private Node counts;

    /**
     * @param countersView  makes the counters' view, the first time it is shown (it is in the scene only while
     *                      shown)
     * @param showMedicines opens the Medicines dialog
     */
    public DiaryView(DiaryViewModel viewModel, Supplier<Node> countersView, Runnable showMedicines) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.countersView = Objects.requireNonNull(countersView, "countersView");
        this.showMedicines = Objects.requireNonNull(showMedicines, "showMedicines");
    }

    @FXML
    private void initialize() {
        calendar = new CalendarGrid(calendarGrid, this::choose);
        monthLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.monthProperty().get() == null
                ? "" : Dates.ofUser().month(viewModel.monthProperty().get()), viewModel.monthProperty()));
        for (Observable changes : new Observable[] {viewModel.monthProperty(), viewModel.selectedProperty(),
            viewModel.latestProperty()}) {
            changes.addListener(observable -> showMonth());
        }
        viewModel.monthDays().addListener((MapChangeListener<Object, Object>) change -> showMonth());
        calendarGrid.addEventFilter(KeyEvent.KEY_PRESSED, this::moveByKey);
        bindMessage();
        bindViewChoice();
        var counters = viewModel.counters();
        recentCounts.textProperty().bind(counters.lastThirtyDaysShortProperty());
        var tip = new Tooltip();
        tip.textProperty().bind(counters.lastThirtyDaysProperty().concat(" Show the counts per month."));
        recentCounts.setTooltip(tip);
        recentCounts.accessibleTextProperty().bind(tip.textProperty());
        DiaryTable.fill(listTable, viewModel.recentDays(), day -> {
            calendarChoice.setSelected(true);
            viewModel.select(day);
        });
        showMonth();
        PinnedDay.bind(calendarPane, editorController.heading(), editorController.banner(), pinnedDay,
                calendarChoice.selectedProperty());
        bindPinnedDay();
        attachLaterSectionsAfterFirstFrame();
    }

    /** The day editor's lower sections are not in the window's first frame: they join it just after. */
    private void attachLaterSectionsAfterFirstFrame() {
        root.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene != null) {
                    root.sceneProperty().removeListener(this);
                    FirstFrame.then(scene, editorController::attachLaterSections);
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
        pinnedDate.textProperty().bind(Bindings.createStringBinding(() -> editor.dateProperty().get() == null ? ""
                : Dates.ofUser().withWeekday(editor.dateProperty().get()), editor.dateProperty()));
        pinnedNotToday.textProperty().bind(editor.notTodayProperty());
        pinnedNotToday.visibleProperty().bind(editor.notTodayProperty().isNotEmpty());
        pinnedNotToday.managedProperty().bind(pinnedNotToday.visibleProperty());
        pinnedSaveState.textProperty().bind(editor.saveStateProperty());
        var list = WarningSigns.catalogue();
        pinnedWarning.setText("⚠ " + list.bannerTitle() + ": a warning sign is ticked.");
        pinnedWarning.visibleProperty().bind(editor.warningShownProperty());
        pinnedWarning.managedProperty().bind(editor.warningShownProperty());
        editor.warningShownProperty().addListener((observable, was, shown) -> keepFocusInPlace());
    }

    /**
     * The banner appearing or going above the checklist moves the signs: the one just ticked stays where it was
     * under the pointer, and the pinned bar says to seek medical help if the banner is then above the view.
     */
    private void keepFocusInPlace() {
        var scene = root.getScene();
        var focused = scene == null ? null : scene.getFocusOwner();
        var content = calendarPane.getContent();
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        double before = focused.localToScene(0, 0).getY();
        calendarPane.layout();
        scrollBack(focused, before);
        // Wrapped text settles its height in a later pass: correct once more then.
        Platform.runLater(() -> scrollBack(focused, before));
    }

    private void scrollBack(Node focused, double before) {
        calendarPane.layout();
        double moved = focused.localToScene(0, 0).getY() - before;
        double hidden = calendarPane.getContent().getLayoutBounds().getHeight()
                - calendarPane.getViewportBounds().getHeight();
        if (hidden > 0 && Math.abs(moved) > 0.5) {
            calendarPane.setVvalue(Math.max(0, Math.min(1, calendarPane.getVvalue() + moved / hidden)));
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
        messageBar.visibleProperty().bind(hasMessage);
        messageBar.managedProperty().bind(hasMessage);
        messageText.textProperty().bind(viewModel.messageProperty());
        undoButton.visibleProperty().bind(viewModel.undoableProperty().isNotNull());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
    }

    private void bindViewChoice() {
        calendarPane.visibleProperty().bind(calendarChoice.selectedProperty());
        listTable.visibleProperty().bind(listChoice.selectedProperty());
        OutOfWindowWhileHidden.keep(listTable, views);
        countsChoice.selectedProperty().addListener((observable, was, shown) -> showCounts(shown));
        // A pill group always has one pressed: pressing the pressed one again keeps it.
        calendarChoice.setOnAction(event -> calendarChoice.setSelected(true));
        listChoice.setOnAction(event -> listChoice.setSelected(true));
        countsChoice.setOnAction(event -> countsChoice.setSelected(true));
    }

    @FXML
    private void previousMonth() {
        viewModel.previousMonth();
    }

    @FXML
    private void nextMonth() {
        viewModel.nextMonth();
    }

    private void showCounts(boolean shown) {
        if (!shown) {
            views.getChildren().remove(counts);
            return;
        }
        if (counts == null) {
            counts = countersView.get();
        }
        views.getChildren().add(counts);
    }

    @FXML
    private void showCounts() {
        countsChoice.setSelected(true);
    }

    /** Shows today in the calendar and opens it in the editor. */
    public void recordToday() {
        calendarChoice.setSelected(true);
        viewModel.goToToday();
    }

    @FXML
    private void goToToday() {
        viewModel.goToToday();
    }

    @FXML
    private void showMedicines() {
        showMedicines.run();
    }

    @FXML
    private void undo() {
        viewModel.undoDelete();
    }

    @FXML
    private void dismissMessage() {
        viewModel.dismissMessage();
    }
}
