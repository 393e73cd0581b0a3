package org.headback.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.headback.chart.ChartKind;
import org.headback.diary.AttackCost;
import org.headback.diary.Aura;
import org.headback.diary.BackLocation;
import org.headback.diary.FactorEffect;
import org.headback.diary.HeadacheKind;
import org.headback.diary.MedicationClass;
import org.headback.diary.Relief;
import org.headback.diary.Symptom;
import org.headback.diary.other.OnePainDays;
import org.headback.diary.other.Role;
import org.headback.diary.other.Source;
import org.headback.stats.FactorKind;
import org.headback.stats.FactorVerdict;
import org.headback.stats.Measure;
import org.junit.jupiter.api.Test;

/** Coded values: the codes kept in diaries and CSV files never change, and every constant has its label. */
class CodedTest {
    private static final List<Class<? extends Coded>> CODED = List.of(BackLocation.class, HeadacheKind.class,
            MedicationClass.class, ChartKind.class, Source.class, Role.class, OnePainDays.class, Aura.class,
            Symptom.class, AttackCost.class, Relief.class,
            FactorEffect.class, FactorKind.class, FactorVerdict.class, Measure.class);

    @Test
    void theCodesKeptInDiariesAndFiles_areTheOnesAlwaysWritten() {
        assertThat(codes(BackLocation.values())).containsExactly("lower_back", "upper_back", "neck");
        assertThat(codes(HeadacheKind.values()))
                .containsExactly("migraine", "tension_type", "cervicogenic", "other", "not_sure");
        assertThat(codes(MedicationClass.values())).containsExactly("triptan", "ergot", "opioid",
                "combination_analgesic", "simple_analgesic", "other");
        assertThat(codes(ChartKind.values()))
                .containsExactly("together", "months", "calendar", "cooccurrence", "evidence", "factors");
        assertThat(codes(Aura.values())).containsExactly("yes", "no", "not_sure");
        assertThat(codes(Symptom.values())).containsExactly("nausea", "light", "sound");
        assertThat(codes(AttackCost.values())).containsExactly("lay_down", "missed_work_or_school");
        assertThat(codes(Relief.values())).containsExactly("not_at_all", "a_little", "a_lot", "pain_gone");
        assertThat(codes(FactorEffect.values())).containsExactly("none", "eases_back_pain", "worsens_back_pain");
        assertThat(codes(FactorKind.values())).containsExactly("user", "short_sleep", "high_stress", "back_pain");
        assertThat(codes(FactorVerdict.values())).containsExactly("more", "fewer", "no_clear_link", "not_enough_data");
        assertThat(codes(Measure.values())).containsExactly("headache_days", "migraine_days",
                "acute_medication_days", "back_pain_days");
        assertThat(codes(Source.values())).containsExactly("headback", "flaredown", "bearable", "headi");
        assertThat(codes(Role.values()))
                .containsExactly("back_pain", "headache", "migraine", "medication", "factor", "not_used");
        assertThat(codes(OnePainDays.values())).containsExactly("skip", "zero");
    }

    @Test
    void everyConstant_hasALabel() {
        assertThat(CODED).flatExtracting(type -> List.of(type.getEnumConstants()))
                .allSatisfy(value -> assertThat(value.label()).isNotBlank());
        assertThat(MedicationClass.SIMPLE_ANALGESIC.label()).isEqualTo("Simple analgesic / NSAID");
        assertThat(ChartKind.MONTHS.title()).isEqualTo("Days per month");
    }

    @Test
    void everyCodedEnumOfTheApp_isCheckedHere() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            var declared = files.filter(file -> file.toString().endsWith(".java")).filter(CodedTest::implementsCoded)
                    .map(file -> file.getFileName().toString().replace(".java", "")).sorted().toList();
            assertThat(declared).containsExactlyInAnyOrderElementsOf(
                    CODED.stream().map(Class::getSimpleName).toList());
        }
    }

    @Test
    void parse_ignoresCaseSpacesAndHyphens_andAllowedListsTheCodes() {
        assertThat(Coded.parse(HeadacheKind.class, " Tension-type ")).contains(HeadacheKind.TENSION_TYPE);
        assertThat(Coded.parse(ChartKind.class, "Months")).contains(ChartKind.MONTHS);
        assertThat(Coded.parse(BackLocation.class, "knee")).isEmpty();
        assertThat(Coded.allowed(BackLocation.class)).isEqualTo("lower_back, upper_back or neck");
    }

    private static boolean implementsCoded(Path file) {
        try {
            return Files.readString(file).contains("implements Coded");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }
}
