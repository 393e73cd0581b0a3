package org.headback.ui.diary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import org.headback.diary.DayStatus;
import org.headback.text.Dates;

/**
 * A month as a grid of weeks (Monday first). Each day is a button showing its number and a glyph for its status
 * (▲ back pain, ● headache, ▲● both, ○ neither, nothing when not recorded), with a matching style class, so the
 * calendar reads without colour too. A day with a warning sign ticked also shows ⚠, says so in its accessible text
 * and names the signs in its tooltip. A recorded day's attacks and ticked factors are marked beside its status
 * ({@link DayMarks}), counted in its accessible text and named in its tooltip.
 */
final class CalendarGrid {
    static final int WEEKS = 6;
    /** The sign of a day with a warning sign ticked. */
    static final String WARNING = "⚠";
    private static final List<String> STATUS_CLASSES = List.of("status-both", "status-back-pain-only",
            "status-headache-only", "status-neither", "status-not-recorded");

    /** The weeks start on the locale's first day, as the date pickers' do. */
    static final DayOfWeek FIRST_DAY = Dates.ofUser().firstDayOfWeek();

    private final List<Button> cells = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();

    CalendarGrid(GridPane grid, Consumer<LocalDate> onChoose) {
        for (int column = 0; column < 7; column++) {
            var constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
            // Text, not Label: 49 labels' skins were a measurable part of the window's first frame.
            var weekday = new Text(FIRST_DAY.plus(column).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            weekday.getStyleClass().add("weekday");
            grid.add(weekday, column, 0);
            GridPane.setHalignment(weekday, HPos.CENTER);
        }
        for (int i = 0; i < WEEKS * 7; i++) {
            var cell = new Button();
            cell.getStyleClass().add("day-cell");
            cell.setMaxWidth(Double.MAX_VALUE);
            // The marks of attacks and factors, smaller, on a line of their own: the cell keeps its width.
            var marks = new Text();
            marks.getStyleClass().add("day-marks");
            cell.setGraphic(marks);
            cell.setContentDisplay(ContentDisplay.BOTTOM);
            int index = i;
            cell.setOnAction(event -> onChoose.accept(dates.get(index)));
            cells.add(cell);
            dates.add(null);
            grid.add(cell, i % 7, 1 + i / 7);
        }
    }

    /** Today by this computer's clock, and the latest day that can be chosen. */
    record Days(LocalDate today, LocalDate latest) {
    }

    /**
     * Shows a month: each day's number, status, whether it is today, selected, or after {@code latest} (the diary's
     * latest day: today, or a later day recorded already), which cannot be chosen.
     */
    void show(YearMonth month, LocalDate selected, Days days, Function<LocalDate, DayStatus> statusOf,
              Function<LocalDate, List<String>> warningSignsOf, Function<LocalDate, DayMarks> marksOf) {
        var today = days.today();
        var first = month.atDay(1);
        var start = first.with(TemporalAdjusters.previousOrSame(FIRST_DAY));
        for (int i = 0; i < cells.size(); i++) {
            var date = start.plusDays(i);
            dates.set(i, date);
            var cell = cells.get(i);
            var status = statusOf.apply(date);
            var inMonth = YearMonth.from(date).equals(month);
            var signs = inMonth ? warningSignsOf.apply(date) : List.<String>of();
            var marks = inMonth ? marksOf.apply(date) : DayMarks.NONE;
            // A day after today is shown, and opens, up to a later day recorded already (by someone in a time zone
            // ahead, say).
            var reachable = !date.isAfter(days.latest()) || status != DayStatus.NOT_RECORDED;
            cell.setText(date.getDayOfMonth() + (signs.isEmpty() ? "" : " " + WARNING) + "\n"
                    + glyph(status, inMonth && reachable));
            ((Text) cell.getGraphic()).setText(marks.mark());
            cell.getStyleClass().removeAll(STATUS_CLASSES);
            cell.getStyleClass().removeAll("other-month", "today", "selected", "future", "warning-sign");
            style(cell, !signs.isEmpty(), "warning-sign");
            if (inMonth && reachable) {
                cell.getStyleClass().add(styleClass(status));
            }
            style(cell, !inMonth, "other-month");
            style(cell, date.equals(today), "today");
            style(cell, date.equals(selected), "selected");
            style(cell, !reachable, "future");
            cell.setDisable(!reachable);
            var warning = signs.isEmpty() ? "" : "; warning sign: " + String.join("; ", signs);
            var marked = marks.spoken().isEmpty() ? "" : "; " + marks.spoken();
            cell.setAccessibleText(Dates.ofUser().shown(date) + ": " + describe(status) + marked + warning);
            tip(cell, signs, marks);
        }
        // A focused day that became a future day is disabled: the keyboard would be stuck on it.
        if (cells.stream().anyMatch(cell -> cell.isFocused() && cell.isDisabled())) {
            cellOf(selected).ifPresent(Button::requestFocus);
        }
    }

    private static void tip(Button cell, List<String> signs, DayMarks marks) {
        var lines = new ArrayList<>(marks.tipLines());
        if (!signs.isEmpty()) {
            lines.add(WARNING + " Warning sign ticked:");
            lines.addAll(signs);
        }
        if (lines.isEmpty()) {
            cell.setTooltip(null);
            return;
        }
        var tip = new Tooltip(String.join("\n", lines));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        cell.setTooltip(tip);
    }

    /** The button of a day on show, to put the keyboard focus on it. */
    Optional<Button> cellOf(LocalDate date) {
        int index = dates.indexOf(date);
        return index < 0 ? Optional.empty() : Optional.of(cells.get(index));
    }

    private static void style(Button cell, boolean applies, String styleClass) {
        if (applies) {
            cell.getStyleClass().add(styleClass);
        }
    }

    static String glyph(DayStatus status, boolean shown) {
        if (!shown) {
            return " ";
        }
        return status.sign().isEmpty() ? " " : status.sign();
    }

    static String styleClass(DayStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String describe(DayStatus status) {
        return status.words();
    }
}
