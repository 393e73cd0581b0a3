package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.junit.jupiter.api.Test;

class SameAsYesterdayTest extends OpenDiaryView {
    private static final DayEntry YESTERDAY = DayEntry.on(TODAY.minusDays(1)).backPain(4).headache(2).sleepHours(7)
            .stress(3).notes("a long drive").factors(Set.of("coffee")).build();

    @Override
    void prepare(Diary diary) {
        diary.save(YESTERDAY);
    }

    @Test
    void copy_showsYesterdaysValues_asNotSaved_andNothingButConfirmingSavesThem() {
        viewModel.sameAsYesterday().copy();

        assertThat(editor.backPainProperty().get()).isEqualTo("4");
        assertThat(editor.sleepHoursProperty().get()).isEqualTo("7");
        assertThat(editor.factorsProperty().get()).isEqualTo("coffee");
        assertThat(editor.notesProperty().get()).isEmpty();
        assertThat(editor.saveStateProperty().get()).startsWith("Copied from ").contains("not saved");
        editor.commit();
        editor.stressProperty().set("5");
        editor.commit();
        assertThat(diary.day(TODAY)).isEmpty();
        assertThat(editor.saveStateProperty().get()).startsWith("Copied from ");

        editor.copy().confirm();

        assertThat(diary.day(TODAY)).get().extracting(DayEntry::backPain, DayEntry::stress)
                .containsExactly(4, java.util.OptionalInt.of(5));
        assertThat(editor.saveStateProperty().get()).startsWith("Saved at ");
    }

    @Test
    void leavingACopyUnconfirmed_leavesTheDayNotRecorded_andSaysSo() {
        viewModel.sameAsYesterday().copy();

        viewModel.select(TODAY.minusDays(3));
        viewModel.select(TODAY);

        assertThat(diary.day(TODAY)).isEmpty();
        assertThat(editor.recordedProperty().get()).isFalse();
        assertThat(editor.backPainProperty().get()).isNull();
        assertThat(editor.copy().unconfirmed()).isFalse();
    }

    @Test
    void leavingACopy_tellsThatItWasNotSaved() {
        viewModel.sameAsYesterday().copy();

        viewModel.select(TODAY.minusDays(3));

        assertThat(viewModel.messageProperty().get()).endsWith("were not confirmed, so they were not saved.");
        assertThat(viewModel.unsavedOnClosing()).isEmpty();
    }

    @Test
    void copyWhenTheDayBeforeIsNotRecorded_saysSo_andChangesNothing() {
        viewModel.select(TODAY.minusDays(1));
        viewModel.sameAsYesterday().copy();

        assertThat(viewModel.messageProperty().get()).endsWith("is not recorded: there is nothing to copy.");
        assertThat(editor.copy().unconfirmed()).isFalse();
        assertThat(editor.backPainProperty().get()).isEqualTo("4");
        assertThat(diary.day(TODAY.minusDays(1))).contains(YESTERDAY);
    }
}
