package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttackTest {
    private static final LocalTime TWO_PM = LocalTime.of(14, 0);

    @Test
    void valuesOutOfRange_areRefused_namingTheAttacksField() {
        assertThatThrownBy(() -> Attack.ofPeak(11).build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("attacks: the peak 11 is not between 0 and 10");
        assertThatThrownBy(() -> Attack.ofPeak(-1).build()).hasMessage("attacks: the peak -1 is not between 0 and 10");
        assertThatThrownBy(() -> Attack.ofPeak(5).duration(Duration.ofHours(73)).build())
                .hasMessage("attacks: the duration 73h is not between 1 minute and 72 hours");
        assertThatThrownBy(() -> Attack.ofPeak(5).duration(Duration.ZERO).build())
                .hasMessage("attacks: the duration 0m is not between 1 minute and 72 hours");
        assertThatThrownBy(() -> Attack.ofPeak(5).duration(Duration.ofSeconds(90)).build())
                .hasMessage("attacks: the duration PT1M30S is not a whole number of minutes");
        assertThatThrownBy(() -> Attack.ofPeak(5).start(LocalTime.of(14, 0, 30)).build())
                .hasMessage("attacks: the start 14:00:30 is not a whole minute");
        assertThatThrownBy(() -> Attack.ofPeak(5).note("x".repeat(100_001)).build())
                .hasMessage("attacks: the note is longer than 100,000 characters");
    }

    @Test
    void theLimitsThemselves_areTaken() {
        assertThat(Attack.ofPeak(0).duration(Attack.SHORTEST).build().duration()).contains(Duration.ofMinutes(1));
        assertThat(Attack.ofPeak(10).duration(Attack.LONGEST).build().duration()).contains(Duration.ofHours(72));
    }

    @Test
    void anEndBeforeTheStart_isPastMidnight_andTheAttackKeepsItsStart() {
        var attack = Attack.ofPeak(6).start(LocalTime.of(22, 0)).end(LocalTime.of(2, 0)).build();

        assertThat(attack.duration()).contains(Duration.ofHours(4));
        assertThat(attack.start()).contains(LocalTime.of(22, 0));
        assertThat(attack.end()).contains(LocalTime.of(2, 0));
        assertThat(Attack.between(TWO_PM, LocalTime.of(17, 30))).isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void anEndAtTheStart_orWithoutAStart_isRefused() {
        assertThatThrownBy(() -> Attack.between(TWO_PM, TWO_PM))
                .hasMessage("attacks: the end 14:00 is the start: an attack lasts at least a minute");
        assertThatThrownBy(() -> Attack.ofPeak(5).end(TWO_PM))
                .hasMessage("attacks: an end time is given, but no start");
    }

    @Test
    void text_ofMoreAttacksThanADayHolds_isRefusedCountingThem_andADayFullOfThemIsTaken() {
        var full = String.join(" | ", Collections.nCopies(Attack.MOST_IN_A_DAY, "10:00;1h;5"));

        assertThat(AttackText.attacks(full)).hasSize(Attack.MOST_IN_A_DAY);
        assertThatThrownBy(() -> AttackText.attacks(String.join(" | ", Collections.nCopies(1000,
                "10:00;1h;5")))).isInstanceOf(InvalidValueException.class)
                .hasMessage("attacks: 1,000 attacks are given; a day holds at most 24");
    }

    @Test
    void text_readsEveryPart_andWritesItBackTheSame() {
        var text = "14:00;3h;7;migraine;no;light,nausea;lay_down;long drive; bad chair | 21:30;45m;4";

        var attacks = AttackText.attacks(text);

        assertThat(attacks).containsExactly(Attack.ofPeak(7).start(TWO_PM).duration(Duration.ofHours(3))
                .kind(HeadacheKind.MIGRAINE).aura(Aura.NO).with(Set.of(Symptom.NAUSEA, Symptom.LIGHT))
                .cost(Set.of(AttackCost.LAY_DOWN)).note("long drive; bad chair").build(),
                Attack.ofPeak(4).start(LocalTime.of(21, 30)).duration(Duration.ofMinutes(45)).build());
        assertThat(AttackText.attacksText(attacks))
                .isEqualTo("14:00;3h;7;migraine;no;nausea,light;lay_down;long drive; bad chair | 21:30;45m;4");
    }

    @Test
    void text_takesAnEndTimeAsARange_andWritesTheDuration() {
        var attacks = AttackText.attacks("22:00-02:00;;6");

        assertThat(attacks).containsExactly(Attack.ofPeak(6).start(LocalTime.of(22, 0))
                .duration(Duration.ofHours(4)).build());
        assertThat(AttackText.attacksText(attacks)).isEqualTo("22:00;4h;6");
        assertThat(AttackText.attacks("22:00-02:00;4h;6")).isEqualTo(attacks);
    }

    @Test
    void text_escapesBarsAndBackslashesInNotes_soTheyReadBack() {
        var attack = Attack.ofPeak(3).note("a | b \\ c;d").build();

        var text = AttackText.attacksText(List.of(attack, Attack.ofPeak(2).build()));

        assertThat(text).isEqualTo(";;3;;;;;a \\| b \\\\ c;d | ;;2");
        assertThat(AttackText.attacks(text)).containsExactly(attack, Attack.ofPeak(2).build());
    }

    @Test
    void text_namesTheAttackThatDoesNotFit_countedFromOne() {
        assertThatThrownBy(() -> AttackText.attacks(";;3 | 25:00;;4"))
                .hasMessage("attacks: attack 2: the start “25:00” is not a time of day from 00:00 to 23:59");
        assertThatThrownBy(() -> AttackText.attacks("14:00;two hours;4"))
                .hasMessage("attacks: attack 1: the duration “two hours” is not hours and minutes such as 3h, 45m"
                        + " or 2h30m");
        assertThatThrownBy(() -> AttackText.attacks(";;4;;;dizzy"))
                .hasMessage("attacks: attack 1: what came with it “dizzy” is not nausea, light or sound");
        assertThatThrownBy(() -> AttackText.attacks(";;4;cluster"))
                .hasMessage("attacks: attack 1: the kind “cluster” is not migraine, tension_type, cervicogenic,"
                        + " other or not_sure");
        assertThatThrownBy(() -> AttackText.attacks(";;high"))
                .hasMessage("attacks: attack 1: the peak “high” is not a whole number from 0 to 10");
    }

    @Test
    void blankText_isNoAttack() {
        assertThat(AttackText.attacks("")).isEmpty();
        assertThat(AttackText.attacks(null)).isEmpty();
        assertThat(AttackText.attacksText(List.of())).isEmpty();
    }
}
