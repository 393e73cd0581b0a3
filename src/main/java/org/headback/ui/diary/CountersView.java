package org.headback.ui.diary;

import static org.headback.ui.Nodes.fullHeight;
import static org.headback.ui.Nodes.id;
import static org.headback.ui.Nodes.label;
import static org.headback.ui.Nodes.sheet;
import static org.headback.ui.Nodes.spoken;
import static org.headback.ui.Nodes.styled;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.headback.clinic.ClinicalCounters;
import org.headback.clinic.MonthCount;
import org.headback.diary.MedicationClass;
import org.headback.ui.Nodes;
import org.headback.ui.diary.CountersViewModel.Cell;

/**
 * The clinical counters: the last 12 months (newest first) as a table of headache days and one of acute-medication
 * days, counts at or over an ICHD-3 line marked by sign and colour, the last 30 days, and the notes, all worded as
 * information to take to a doctor.
 */
public final class CountersView {
    private static final Map<MedicationClass, String> SHORT = Map.of(MedicationClass.TRIPTAN, "Triptan",
            MedicationClass.ERGOT, "Ergot", MedicationClass.OPIOID, "Opioid",
            MedicationClass.COMBINATION_ANALGESIC, "Combination", MedicationClass.SIMPLE_ANALGESIC, "Simple/NSAID",
            MedicationClass.OTHER, "Other");
    static final String LINES = "The lines, in days of a calendar month (ICHD-3): headache 15; migraine 8 among 15 "
            + "headache days; triptans, ergots, opioids and combination analgesics 10 each; simple analgesics and "
            + "NSAIDs 15; several classes together 10. ICHD-3 also asks that a line is reached for more than 3 months. "
            + "A day with two doses counts once; other medication counts for no line.";

    private final Label about = id("about", fullHeight(null, "counters-about"));
    private final Label problem = id("problem", fullHeight(null, "counters-problem"));
    private final Label lastThirtyDays = id("lastThirtyDays", fullHeight(null, "counters-recent"));
    private final FlowPane legend = id("legend", styled(new FlowPane(), "counters-legend"));
    private final TableView<MonthCount> headacheTable = id("headacheTable", table("Headache days per month"));
    private final TableView<MonthCount> medicationTable = id("medicationTable",
            table("Acute medication days per month"));
    private final VBox notes = id("notes", Nodes.column("counters-notes"));
    private final Label lines = id("lines", fullHeight(null, "counters-lines"));
    private final ScrollPane root = sheet(styled(new ScrollPane(Nodes.column("counters",
            fullHeight("Headache and medication days", "counters-title"), about, problem, lastThirtyDays, legend,
            heading("Headache days per month", headacheTable), headacheTable,
            heading("Acute medication days per month", medicationTable), medicationTable, notes, lines)),
            "counters-scroll"), getClass(), "CountersView.css");

    private final CountersViewModel viewModel;

    public CountersView(DiaryViewModel diary) {
        this.viewModel = Objects.requireNonNull(diary, "diary").counters();
        root.setFitToWidth(true);
        about.setText(ClinicalCounters.ABOUT);
        lines.setText(LINES);
        legend.getChildren().setAll(new Label(CountersViewModel.AT_LINE + " at or over an ICHD-3 line"),
                new Label(CountersViewModel.AT_LEAST + "12 month not fully recorded: at least 12"),
                new Label("– not recorded"));
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        lastThirtyDays.textProperty().bind(viewModel.lastThirtyDaysProperty());
        viewModel.lastThirtyAtLineProperty().addListener((observable, was, at) -> markAtLine(lastThirtyDays, at));
        markAtLine(lastThirtyDays, viewModel.lastThirtyAtLineProperty().get());
        for (var table : List.of(headacheTable, medicationTable)) {
            table.setItems(viewModel.months());
            table.setPlaceholder(new Label("Counting…"));
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        headacheTable.getColumns().setAll(List.of(monthColumn(),
                column("Recorded", 5, CountersViewModel::recorded),
                column("Headache", 5, CountersViewModel::headache),
                column("Migraine", 5, CountersViewModel::migraine)));
        viewModel.medicationClasses().addListener((ListChangeListener<MedicationClass>) change ->
                showMedicationColumns());
        showMedicationColumns();
        viewModel.notes().addListener((ListChangeListener<String>) change -> showNotes());
        showNotes();
    }

    private void showMedicationColumns() {
        var columns = new ArrayList<TableColumn<MonthCount, Cell>>();
        columns.add(monthColumn());
        for (var medicationClass : viewModel.medicationClasses()) {
            var title = SHORT.get(medicationClass);
            columns.add(column(title, Math.max(5, title.length() * 0.8 + 1),
                    m -> CountersViewModel.medication(m, medicationClass)));
        }
        columns.add(column("All acute", 5, CountersViewModel::allAcute));
        medicationTable.getColumns().setAll(columns);
    }

    private void showNotes() {
        notes.getChildren().setAll(viewModel.notes().stream().map(note -> {
            var label = new Label(note);
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
            label.getStyleClass().add("counters-note");
            return label;
        }).toList());
    }

    private static void markAtLine(Label label, boolean atLine) {
        label.getStyleClass().remove("at-line");
        if (atLine) {
            label.getStyleClass().add("at-line");
        }
    }

    private static TableColumn<MonthCount, Cell> monthColumn() {
        var column = column("Month", 5.5, CountersViewModel::month);
        column.getStyleClass().add("month-cell");
        return column;
    }

    private static TableColumn<MonthCount, Cell> column(String title, double ems,
                                                         Function<MonthCount, Cell> value) {
        var column = new TableColumn<MonthCount, Cell>(title);
        column.setSortable(false);
        column.setReorderable(false);
        column.setMinWidth(ems * Font.getDefault().getSize());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new CountCell());
        return column;
    }

    private static final class CountCell extends TableCell<MonthCount, Cell> {
        @Override
        protected void updateItem(Cell item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("at-line");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.text());
            if (item.atLine()) {
                getStyleClass().add("at-line");
            }
        }
    }

    /** The counts' view, built the first time it is shown. */
    public Parent root() {
        return root;
    }

    private static TableView<MonthCount> table(String name) {
        return spoken(styled(new TableView<>(), "counters-table", "dense"), name);
    }

    private static Label heading(String text, TableView<MonthCount> table) {
        var heading = label(text, "counters-heading");
        heading.setLabelFor(table);
        return heading;
    }
}
