package org.headback.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.headback.diary.DateRange;
import org.headback.text.Dates;

/**
 * Every date field of the window: it shows a day the one way the window writes dates ({@link Dates}), takes a typed
 * day in the locale's short form or ISO (2026-03-01) when Enter is pressed or the field is left, and refuses text that
 * names no day in words beside the field, keeping the day it had: a typed date is never cleared or ignored unseen.
 */
public final class DayPickers {
    private static final String REFUSAL_KEY = DayPickers.class.getName() + ".refusal";
    /** A day whose number is past 12, so that its example shows which comes first, the day or the month. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 3, 21);

    private DayPickers() {
    }

    /**
     * Makes the picker read and write days as {@link #takeTypedDays} does, and greys out, and makes unchoosable, the
     * days of its calendar before 1900 or after today.
     */
    public static void offerRecordableDays(DatePicker picker, Supplier<LocalDate> today) {
        takeTypedDays(picker);
        picker.setDayCellFactory(view -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || !DateRange.reaches(date, today.get()));
            }
        });
    }

    /**
     * How the window names a range's ends in what is wrong with it ({@link DateRange#problem}): the first day and the
     * last day, written the window's way; {@code required} when both must be chosen.
     */
    public static DateRange.Ends rangeFields(boolean required) {
        return DateRange.Ends.fields(day -> Dates.ofUser().shown(day), required);
    }

    /** Shows days the window's way, and takes a typed day on Enter and when the field is left. */
    public static void takeTypedDays(DatePicker picker) {
        if (picker.getProperties().containsKey(REFUSAL_KEY)) {
            return;
        }
        var refusal = new ReadOnlyStringWrapper(picker, "refusal", "");
        picker.getProperties().put(REFUSAL_KEY, refusal);
        picker.setConverter(new Converter(picker));
        if (picker.getTooltip() == null) {
            picker.setTooltip(new Tooltip("Type a day as " + Dates.ofUser().example(EXAMPLE) + ", or choose it"));
        }
        // Before the picker's own handling, which would silently put back the last day for text it cannot read.
        picker.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commitTyped(picker);
            }
        });
        picker.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !commitTyped(picker)) {
                event.consume();
            }
        });
        // A day chosen in the calendar, or set by the program, is a day: nothing to refuse any more.
        picker.valueProperty().addListener((observable, old, value) -> refusal.set(""));
    }

    /**
     * Takes the day typed in the picker's field now: true when the field holds a day or nothing, false (and the
     * refusal said) when it holds text that names no day.
     */
    public static boolean commitTyped(DatePicker picker) {
        var refusal = refusalOf(picker);
        var text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            picker.setValue(null);
            refusal.set("");
            return true;
        }
        var day = Dates.ofUser().read(text);
        if (day.isPresent()) {
            picker.setValue(day.get());
            refusal.set("");
            picker.getEditor().setText(Dates.ofUser().shown(day.get()));
            return true;
        }
        var field = picker.getAccessibleText() == null ? "" : " (" + picker.getAccessibleText().toLowerCase() + ")";
        refusal.set("“" + text.strip() + "”" + field + " is not a day: type it as "
                + Dates.ofUser().example(EXAMPLE) + ".");
        return false;
    }

    /** Why the text last typed in the picker was refused, or "" when it was not. */
    public static ReadOnlyStringProperty refusalProperty(DatePicker picker) {
        return refusalOf(picker).getReadOnlyProperty();
    }

    /** A label saying why any of the pickers' typed text was refused; it takes no room while there is none. */
    public static Label refusalLabel(DatePicker... pickers) {
        var label = new Label();
        label.getStyleClass().add("date-refusal");
        label.setWrapText(true);
        bindRefusals(label, pickers);
        return label;
    }

    /** Shows in the label why any of the pickers' typed text was refused; it takes no room while there is none. */
    public static void bindRefusals(Label label, DatePicker... pickers) {
        label.getStylesheets().add(DayPickers.class.getResource("DayPickers.css").toExternalForm());
        var refusals = Arrays.stream(pickers).map(DayPickers::refusalProperty).toArray(ReadOnlyStringProperty[]::new);
        label.textProperty().bind(Bindings.createStringBinding(() -> Arrays.stream(refusals)
                .map(ReadOnlyStringProperty::get).filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n")), refusals));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    /**
     * The dialog's button takes the days typed in the pickers first, and does not close the dialog while any of them
     * is refused: pressing it right after typing a day uses that day.
     */
    public static void takeTypedDaysFirst(Dialog<?> dialog, ButtonType button, DatePicker... pickers) {
        Node node = dialog.getDialogPane().lookupButton(button);
        node.addEventFilter(ActionEvent.ACTION, event -> {
            boolean allTaken = Arrays.stream(pickers).map(DayPickers::commitTyped).reduce(true, Boolean::logicalAnd);
            if (!allTaken) {
                event.consume();
            }
        });
    }

    private static ReadOnlyStringWrapper refusalOf(DatePicker picker) {
        takeTypedDays(picker);
        return (ReadOnlyStringWrapper) Objects.requireNonNull(picker.getProperties().get(REFUSAL_KEY));
    }

    /** Writes days the window's way; text it cannot read leaves the picker's day as it is (the refusal says why). */
    private static final class Converter extends StringConverter<LocalDate> {
        private final DatePicker picker;

        Converter(DatePicker picker) {
            this.picker = picker;
        }

        @Override
        public String toString(LocalDate day) {
            return day == null ? "" : Dates.ofUser().shown(day);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return Dates.ofUser().read(text).orElse(picker.getValue());
        }
    }
}
