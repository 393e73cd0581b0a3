package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.storage.SqliteDiaryStore;
import org.headback.text.Dates;
import org.headback.ui.DirectTaskRunner;
import org.junit.jupiter.api.Test;

/** The days the diary view lets a person choose: up to the latest recorded day, and none before the earliest. */
class DiaryViewModelDaysTest extends OpenDiaryView {
    /** Records a day as a program on a computer whose clock is two days ahead does. */
    private void recordAhead(LocalDate day) {
        var ahead = Clock.offset(CLOCK, Duration.ofDays(2));
        new Diary(new SqliteDiaryStore(database, ahead), ahead).save(DayEntry.on(day).backPain(2).headache(3).build());
    }

    @Test
    void aDayRecordedAhead_canBeChosen_edited_deletedAndPutBack_butNoLaterDay() {
        var ahead = TODAY.plusDays(2);
        recordAhead(ahead);
        viewModel.reload();

        viewModel.select(ahead);
        assertThat(viewModel.selectedProperty().get()).isEqualTo(ahead);
        editor.backPainProperty().set("5");
        editor.commit();
        assertThat(diary.day(ahead)).get().extracting(DayEntry::backPain).isEqualTo(5);

        viewModel.select(TODAY.plusDays(1));
        assertThat(viewModel.selectedProperty().get()).as("a day before the latest").isEqualTo(TODAY.plusDays(1));
        viewModel.select(ahead.plusDays(1));
        assertThat(viewModel.selectedProperty().get()).isEqualTo(TODAY.plusDays(1));
        assertThat(viewModel.messageProperty().get()).endsWith("only days up to " + Dates.ofUser().shown(ahead)
                + ", the last recorded day, can be chosen.");

        viewModel.select(ahead);
        viewModel.deleteSelected();
        assertThat(diary.day(ahead)).isEmpty();
        viewModel.undoDelete();
        assertThat(diary.day(ahead)).get().extracting(DayEntry::backPain).isEqualTo(5);
    }

    @Test
    void aDayRecordedAhead_inTheNextMonth_isReachedByGoingToTheNextMonth() {
        var ahead = LocalDate.of(2026, 12, 1);
        var clock = Clock.fixed(LocalDate.of(2026, 11, 30).atTime(23, 0).atZone(ZoneId.of("UTC")).toInstant(),
                ZoneId.of("UTC"));
        var late = new Diary(new SqliteDiaryStore(database, clock), clock);
        new Diary(new SqliteDiaryStore(database, Clock.offset(clock, Duration.ofHours(2))),
                Clock.offset(clock, Duration.ofHours(2))).save(DayEntry.on(ahead).backPain(1).headache(0).build());
        var months = new DiaryViewModel(late, new DirectTaskRunner());
        months.start();

        months.nextMonth();
        assertThat(months.monthProperty().get()).isEqualTo(YearMonth.of(2026, 12));
        months.select(ahead);
        assertThat(months.selectedProperty().get()).isEqualTo(ahead);
        months.nextMonth();
        assertThat(months.monthProperty().get()).as("no month after the latest day's")
                .isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void aDayBeforeTheEarliest_isRefused_withBothDaysWrittenAsTheWindowWritesDays() {
        var early = DayEntry.EARLIEST.minusDays(1);
        viewModel.select(early);
        assertThat(viewModel.selectedProperty().get()).isEqualTo(TODAY);
        assertThat(viewModel.messageProperty().get()).isEqualTo(Dates.ofUser().shown(early) + " is before "
                + Dates.ofUser().shown(DayEntry.EARLIEST) + ", the earliest day a diary takes.");
    }
}
