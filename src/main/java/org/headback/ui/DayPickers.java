package org.headback.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import org.headback.diary.DayEntry;

/** Date pickers that offer only the days a diary can hold: from the earliest day a diary takes to today. */
public final class DayPickers {
    private DayPickers() {
    }

    /** Greys out, and makes unchoosable, the days of the picker's calendar before 1900 or after today. */
    public static void offerRecordableDays(DatePicker picker, Supplier<LocalDate> today) {
        picker.setDayCellFactory(view -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isBefore(DayEntry.EARLIEST) || date.isAfter(today.get()));
            }
        });
    }
}
