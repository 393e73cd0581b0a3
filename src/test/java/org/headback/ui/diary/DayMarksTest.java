package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.headback.diary.Attack;
import org.headback.diary.DayEntry;
import org.junit.jupiter.api.Test;

/** What a calendar cell shows of a day's attacks and ticked factors. */
class DayMarksTest {
    @Test
    void aDayWithAttacksAndFactors_marksBoth_saysThemInWords_andNamesTheFactorsInTheTip() {
        var day = DayEntry.on(OpenDiaryView.TODAY).backPain(3).attacks(List.of(attack(), attack()))
                .factors(Set.of("Long drive", "coffee")).build();

        var marks = DayMarks.of(Optional.of(day));

        assertThat(marks.mark()).isEqualTo("2× ✓2");
        assertThat(marks.spoken()).isEqualTo("2 headache attacks; 2 factors ticked: coffee, Long drive");
        assertThat(marks.tipLines()).containsExactly("2 headache attacks", "2 factors ticked:", "  coffee",
                "  Long drive");
    }

    @Test
    void oneAttackOrOneFactor_isCountedInTheSingular() {
        var attackOnly = DayMarks.of(Optional.of(DayEntry.on(OpenDiaryView.TODAY).attacks(List.of(attack()))
                .build()));
        var factorOnly = DayMarks.of(Optional.of(DayEntry.on(OpenDiaryView.TODAY).backPain(2)
                .factors(Set.of("Heat on the back")).build()));

        assertThat(attackOnly.mark()).isEqualTo("1×");
        assertThat(attackOnly.spoken()).isEqualTo("1 headache attack");
        assertThat(factorOnly.mark()).isEqualTo("✓1");
        assertThat(factorOnly.spoken()).isEqualTo("1 factor ticked: Heat on the back");
    }

    @Test
    void aDayNotRecorded_orRecordedWithNeither_showsNothingOfTheSort() {
        var plain = DayMarks.of(Optional.of(DayEntry.on(OpenDiaryView.TODAY).backPain(4).headache(6).build()));

        for (var marks : List.of(DayMarks.of(Optional.empty()), plain)) {
            assertThat(marks.mark()).isEmpty();
            assertThat(marks.spoken()).isEmpty();
            assertThat(marks.tipLines()).isEmpty();
        }
    }

    private static Attack attack() {
        return Attack.ofPeak(6).build();
    }
}
