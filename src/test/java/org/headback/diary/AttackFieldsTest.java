package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttackFieldsTest {
    private static AttackFields fields(String start, String end, String duration, String peak, String note) {
        return new AttackFields(start, end, duration, peak, "migraine", "no", "light,nausea", "lay_down", note);
    }

    @Test
    void fieldsAsTyped_readBackAsTheAttack_withTheNoteEscaped() {
        var text = AttackFields.text(List.of(fields("14:00", "", "3h", "7", "a | b \\ c"),
                fields("22:00", "02:00", "", "5", "")));

        assertThat(AttackText.attacks(text)).containsExactly(Attack.ofPeak(7).start(LocalTime.of(14, 0))
                .duration(Duration.ofHours(3)).kind(HeadacheKind.MIGRAINE).aura(Aura.NO)
                .with(Set.of(Symptom.NAUSEA, Symptom.LIGHT)).cost(Set.of(AttackCost.LAY_DOWN)).note("a | b \\ c")
                .build(), Attack.ofPeak(5).start(LocalTime.of(22, 0)).duration(Duration.ofHours(4))
                .kind(HeadacheKind.MIGRAINE).aura(Aura.NO).with(Set.of(Symptom.NAUSEA, Symptom.LIGHT))
                .cost(Set.of(AttackCost.LAY_DOWN)).build());
    }

    @Test
    void aPartHoldingTheFormsOwnSeparators_isRefusedOnItsAttack() {
        assertThatThrownBy(() -> AttackFields.text(List.of(fields("", "", "", "3", ""),
                fields("14;00", "", "", "3", "")))).isInstanceOf(InvalidValueException.class)
                .hasMessage("attacks: attack 2: the start “14;00” is not a time of day from 00:00 to 23:59");
        assertThatThrownBy(() -> AttackFields.text(List.of(fields("", "", "3h|", "3", ""))))
                .hasMessage("attacks: attack 1: the duration “3h|” cannot contain ; or |");
    }

    @Test
    void durations_readAsPeopleWriteThem_minutesHoursOrAClock() {
        for (var written : List.of("90 min", "90m", "1:30", "1h30m", "1 h 30 min", "1 hour 30 minutes")) {
            assertThat(TimeText.duration(DayField.ATTACKS, "the duration", written)).as(written)
                    .isEqualTo(Duration.ofMinutes(90));
        }
        assertThat(TimeText.duration(DayField.ATTACKS, "the duration", "2 hours")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> TimeText.duration(DayField.ATTACKS, "the duration", "1:75"))
                .hasMessage("attacks: the duration “1:75” is not hours and minutes such as 3h, 45m or 2h30m");
    }
}
