package org.headback.ui.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import org.headback.diary.DayEntry;
import org.headback.diary.DayText;
import org.headback.diary.HeadacheKind;
import org.headback.diary.WarningSign;
import org.headback.diary.WarningSigns;
import org.headback.text.Dates;
import org.headback.text.Words;

/** The recent days as a sortable table, newest first: another way to see and open them than the calendar. */
final class DiaryTable {
    private DiaryTable() {
    }

    static void fill(TableView<DayEntry> table, ObservableList<DayEntry> days, Consumer<LocalDate> open) {
        table.getColumns().setAll(List.of(
                dateColumn(),
                warningColumn(),
                column("Back", 4.5, DayEntry::backPain),
                column("Where", 9, day -> DayText.locationsText(day.backLocations()).replace(";", ", ")
                        .replace('_', ' ')),
                column("Headache", 7, DayEntry::headache),
                column("Kind", 9, day -> day.headacheKind().map(HeadacheKind::label).orElse("")),
                column("Hours", 4, day -> day.headacheHours().isPresent()
                        ? DayText.hours(day.headacheHours().getAsDouble()) : ""),
                attacksColumn(),
                column("Meds", 4, day -> day.medications().size()),
                column("Factors", 14, day -> DayText.factorsText(day.factors()).replace(";", ", ")),
                column("Sleep", 4, day -> day.sleepHours().isPresent() ? DayText.hours(day.sleepHours().getAsDouble())
                        : ""),
                column("Stress", 4, day -> day.stress().isPresent() ? Integer.toString(day.stress().getAsInt()) : ""),
                column("Notes", 18, day -> day.notes().replace('\n', ' '))));
        var sorted = new SortedList<>(days);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No days recorded in the last year."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(view -> {
            var row = new TableRow<DayEntry>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().date());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            var chosen = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                open.accept(chosen.date());
            }
        });
    }

    /** "⚠ 2" on a day with warning signs ticked; the signs themselves in the cell's tooltip. */
    private static TableColumn<DayEntry, String> warningColumn() {
        var column = column("Signs", 4.5, day -> day.hasWarningSign() ? "⚠ " + day.warningSigns().size() : "");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                var day = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                getStyleClass().remove("warning-sign");
                if (day == null || !day.hasWarningSign()) {
                    setTooltip(null);
                    setAccessibleText(null);
                    return;
                }
                var labels = String.join("\n", WarningSigns.catalogue().of(day.warningSigns()).stream()
                        .map(WarningSign::label).toList());
                setTooltip(new Tooltip("Warning signs ticked:\n" + labels));
                setAccessibleText("Warning signs ticked: " + labels.replace("\n", "; "));
                getStyleClass().add("warning-sign");
            }
        });
        return column;
    }

    /** The day's headache attacks counted, blank for none, sorted as numbers. */
    private static TableColumn<DayEntry, Integer> attacksColumn() {
        var column = column("Attacks", 6.5, day -> day.attacks().size());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                var none = empty || count == null || count == 0;
                setText(none ? null : count + DayMarks.ATTACK);
                setAccessibleText(none ? null : Words.count("headache-attack", count));
            }
        });
        column.getStyleClass().add("count-column");
        return column;
    }

    /** The day, written the window's way, sorted as days. */
    private static TableColumn<DayEntry, LocalDate> dateColumn() {
        var column = column("Date", 8.5, DayEntry::date);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setText(empty || day == null ? null : Dates.ofUser().shown(day));
            }
        });
        return column;
    }

    /** A column about {@code ems} characters wide (in the table's font) showing one value of each day. */
    private static <T extends Comparable<? super T>> TableColumn<DayEntry, T> column(String title, double ems,
                                                                                       Function<DayEntry, T> value) {
        var column = new TableColumn<DayEntry, T>(title);
        column.setPrefWidth(ems * Font.getDefault().getSize() * 1.1);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
