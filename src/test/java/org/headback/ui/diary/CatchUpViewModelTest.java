package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.headback.diary.DayEntry;
import org.headback.diary.DayStatus;
import org.headback.diary.Diary;
import org.junit.jupiter.api.Test;

class CatchUpViewModelTest extends OpenDiaryView {
    private static final LocalDate FIRST = TODAY.minusDays(20);

    @Override
    void prepare(Diary diary) {
        diary.save(DayEntry.on(FIRST).backPain(2).headache(1).build());
        for (int ago = 1; ago <= 14; ago++) {
            if (ago != 2 && ago != 5 && ago != 9) {
                diary.save(DayEntry.on(TODAY.minusDays(ago)).backPain(1).headache(1).build());
            }
        }
    }

    private CatchUpViewModel catchUp() {
        return viewModel.catchUp();
    }

    @Test
    void missedDays_areTheDaysNotRecordedOfTheLastFourteen_newestFirst_andTheLineCountsThem() {
        assertThat(catchUp().missed()).containsExactly(TODAY.minusDays(2), TODAY.minusDays(5), TODAY.minusDays(9));
        assertThat(catchUp().lineProperty().get()).isEqualTo("3 of the last 14 days are not recorded yet.");
        assertThat(catchUp().lineShownProperty().get()).isTrue();
    }

    @Test
    void nothingToNote_recordsNoBackPainNoHeadache_andTheCalendarAndTheLineShowIt() {
        catchUp().open();
        var rows = catchUp().rows();
        assertThat(rows).extracting(CatchUpRow::date).containsExactly(TODAY.minusDays(2), TODAY.minusDays(5),
                TODAY.minusDays(9));

        catchUp().nothingToNote(rows.get(0));

        assertThat(diary.day(TODAY.minusDays(2))).contains(DayEntry.on(TODAY.minusDays(2)).backPain(0).headache(0)
                .build());
        assertThat(rows.get(0).stateProperty().get()).isEqualTo("Recorded: nothing to note");
        assertThat(rows.get(0).doneProperty().get()).isTrue();
        assertThat(viewModel.statusOf(TODAY.minusDays(2))).isNotEqualTo(DayStatus.NOT_RECORDED);
        assertThat(catchUp().missed()).containsExactly(TODAY.minusDays(5), TODAY.minusDays(9));
    }

    @Test
    void scoresTyped_areRecorded_butABlankOrWrongScoreIsRefusedAndNothingSaved() {
        catchUp().open();
        var row = catchUp().rows().get(1);
        row.backPainProperty().set("3");
        catchUp().record(row);
        assertThat(row.stateProperty().get()).isEqualTo("Give both scores, or N for nothing to note");
        row.headacheProperty().set("11");
        catchUp().record(row);
        assertThat(row.stateProperty().get()).isEqualTo("Headache: 11 is not between 0 and 10");
        assertThat(diary.day(row.date())).isEmpty();

        row.headacheProperty().set("6");
        catchUp().record(row);

        assertThat(diary.day(row.date())).get().extracting(DayEntry::backPain, DayEntry::headache)
                .containsExactly(3, 6);
        assertThat(row.stateProperty().get()).isEqualTo("Recorded: back pain 3, headache 6");
    }

    @Test
    void aDayRecordedElsewhere_leavesTheLine_andItsRowSaysSo_andIsNotOverwritten() {
        catchUp().open();
        var elsewhere = DayEntry.on(TODAY.minusDays(5)).backPain(7).headache(2).build();
        diary.save(elsewhere);

        viewModel.reload();

        assertThat(catchUp().missed()).containsExactly(TODAY.minusDays(2), TODAY.minusDays(9));
        var row = catchUp().rows().get(1);
        assertThat(row.stateProperty().get()).isEqualTo("Recorded elsewhere");
        catchUp().nothingToNote(row);
        assertThat(diary.day(TODAY.minusDays(5))).contains(elsewhere);
    }

    @Test
    void aDayRecordedElsewhereWhileTheListWasOpen_isKept_whenTheUserSavesItHere() {
        catchUp().open();
        var row = catchUp().rows().get(2);
        var elsewhere = DayEntry.on(row.date()).backPain(5).headache(5).build();
        diary.save(elsewhere);

        catchUp().nothingToNote(row);

        assertThat(diary.day(row.date())).contains(elsewhere);
        assertThat(row.stateProperty().get()).isEqualTo("Recorded elsewhere meanwhile: kept as it was");
    }

    @Test
    void theLine_goesAwayWhenNoDayIsMissing_orWhenDismissed() {
        catchUp().dismiss();
        assertThat(catchUp().lineShownProperty().get()).isFalse();

        for (var day : catchUp().missed().toArray(LocalDate[]::new)) {
            diary.save(DayEntry.on(day).backPain(0).headache(0).build());
        }
        viewModel.reload();
        assertThat(catchUp().missed()).isEmpty();
        assertThat(catchUp().lineProperty().get()).isEmpty();
    }

    @Test
    void theLineNamesASingleDay_yesterdayByThatWord() {
        assertThat(CatchUpViewModel.words(java.util.List.of(TODAY.minusDays(1)), TODAY))
                .isEqualTo("Yesterday is not recorded yet.");
        assertThat(CatchUpViewModel.words(java.util.List.of(TODAY.minusDays(3)), TODAY))
                .isEqualTo(org.headback.text.Dates.ofUser().withWeekday(TODAY.minusDays(3)) + " is not recorded yet.");
    }

    @Test
    void aDayRecordedInTheEntry_leavesTheList() {
        viewModel.select(TODAY.minusDays(9));
        editor.backPainProperty().set("2");
        editor.headacheProperty().set("0");
        editor.commit();

        assertThat(catchUp().missed()).containsExactly(TODAY.minusDays(2), TODAY.minusDays(5));
        assertThat(catchUp().lineShownProperty().get()).isTrue();
    }
}
