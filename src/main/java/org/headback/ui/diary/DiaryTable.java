package org.headback.ui.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.headback.diary.DayEntry;
import org.headback.diary.DayText;
import org.headback.diary.HeadacheKind;

/** The recent days as a sortable table, newest first: another way to see and open them than the calendar. */
final class DiaryTable {
    private DiaryTable() {
    }

    static void fill(TableView<DayEntry> table, ObservableList<DayEntry> days, Consumer<LocalDate> open) {
        table.getColumns().setAll(List.of(
                column("Date", DayEntry::date),
                column("Back", DayEntry::backPain),
                column("Where", day -> DayText.locationsText(day.backLocations()).replace(";", ", ")
                        .replace('_', ' ')),
                column("Headache", DayEntry::headache),
                column("Kind", day -> day.headacheKind().map(HeadacheKind::label).orElse("")),
                column("Hours", day -> day.headacheHours().isPresent()
                        ? DayText.hours(day.headacheHours().getAsDouble()) : ""),
                column("Medication", day -> day.medications().size()),
                column("Sleep", day -> day.sleepHours().isPresent() ? DayText.hours(day.sleepHours().getAsDouble())
                        : ""),
                column("Stress", day -> day.stress().isPresent() ? Integer.toString(day.stress().getAsInt()) : ""),
                column("Notes", day -> day.notes().replace('\n', ' '))));
        var sorted = new SortedList<>(days);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No days recorded in the last year."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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

    private static <T extends Comparable<? super T>> TableColumn<DayEntry, T> column(String title,
                                                                                       Function<DayEntry, T> value) {
        var column = new TableColumn<DayEntry, T>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
