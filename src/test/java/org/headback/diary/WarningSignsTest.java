package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WarningSignsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private static String bundledText() throws IOException {
        try (var in = WarningSigns.class.getResourceAsStream(WarningSigns.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundledFile_listsTheSevenSignsOfTheSeedArticle_inItsOrder() {
        var signs = WarningSigns.catalogue().of(WarningSign.Area.BACK_PAIN);
        assertThat(signs).hasSize(7);
        assertThat(signs).extracting(WarningSign::code).containsExactly("bowel_bladder_control",
                "leg_weakness_numbness", "fever_chills", "pain_not_relieved_by_rest", "weight_loss",
                "worse_lying_down", "cancer_history_new_pain");
        assertThat(signs.get(0).label()).isEqualTo("Sudden loss of bowel or bladder control");
        assertThat(signs).allSatisfy(sign -> assertThat(sign.label()).isNotBlank());
    }

    @Test
    void bundledFile_hasEachCodeOnce_andTheBannerWords() throws IOException {
        var keys = Pattern.compile("(?m)^\\s*(sign\\.[\\w.]+)\\s*=").matcher(bundledText()).results()
                .map(match -> match.group(1)).toList();
        assertThat(keys).hasSize(7).doesNotHaveDuplicates();
        var catalogue = WarningSigns.catalogue();
        assertThat(catalogue.bannerTitle()).isEqualTo("Seek medical help now");
        assertThat(catalogue.bannerText()).contains("doctor").doesNotContain("\\");
        assertThat(catalogue.checklistTitle()).isEqualTo("Warning signs");
    }

    @Test
    void bundledFile_everySign_namesItsSource_andEveryHeadacheSignComesFromSnnoop10() {
        var catalogue = WarningSigns.catalogue();
        assertThat(catalogue.all()).allSatisfy(sign -> assertThat(sign.source()).isNotBlank());
        assertThat(catalogue.of(WarningSign.Area.BACK_PAIN)).allSatisfy(sign ->
                assertThat(sign.source()).contains("Urgent Warning Signs"));
        var headache = catalogue.of(WarningSign.Area.HEADACHE);
        assertThat(headache).hasSizeGreaterThanOrEqualTo(10).allSatisfy(sign -> {
            assertThat(sign.source()).startsWith("SNNOOP10 (Do et al., Neurology 2019): ");
            assertThat(sign.code()).startsWith("headache_");
        });
        assertThat(headache).extracting(WarningSign::code).contains("headache_sudden_severe",
                "headache_fever_stiff_neck", "headache_weakness_numbness_speech_vision",
                "headache_confusion_drowsiness", "headache_after_head_injury", "headache_new_after_50",
                "headache_pregnancy");
        assertThat(catalogue.all()).extracting(WarningSign::code).doesNotHaveDuplicates()
                .startsWith("bowel_bladder_control").endsWith(headache.get(headache.size() - 1).code());
        assertThat(catalogue.heading(WarningSign.Area.BACK_PAIN)).isEqualTo("Back pain");
        assertThat(catalogue.heading(WarningSign.Area.HEADACHE)).isEqualTo("Headache");
    }

    @Test
    void bundledFile_everySourceLine_belongsToASign() throws IOException {
        var sources = Pattern.compile("(?m)^\\s*source\\.(\\w+)\\s*=").matcher(bundledText()).results()
                .map(match -> match.group(1)).toList();
        assertThat(sources).containsExactlyElementsOf(WarningSigns.catalogue().all().stream()
                .map(WarningSign::code).toList());
    }

    @Test
    void read_signWithoutSource_orSourceWithoutSign_isRefused() {
        var texts = "checklist.title = T\nchecklist.back = B\nchecklist.headache = H\nbanner.title = B\n"
                + "banner.text = C\n";
        assertThatThrownBy(() -> WarningSigns.read(new StringReader("headache.a = A\n" + texts), "s"))
                .hasMessage("s: a has no source.a");
        assertThatThrownBy(() -> WarningSigns.read(new StringReader("sign.a = A\nsource.a = S\nsource.b = S\n"
                + texts), "s")).hasMessage("s: source.b is the source of no sign");
        assertThatThrownBy(() -> WarningSigns.read(new StringReader("sign.a = A\nheadache.a = A\nsource.a = S\n"
                + texts), "s")).hasMessage("s: a is in both lists");
    }

    @Test
    void read_sameCodeTwice_isRefused() {
        var text = "sign.a = A\nsign.a = A again\nchecklist.title = T\nbanner.title = B\nbanner.text = C\n";
        assertThatThrownBy(() -> WarningSigns.read(new StringReader(text), "signs.properties"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("signs.properties: sign.a is given more than once");
    }

    @Test
    void read_badCodeOrMissingBanner_isRefused() {
        assertThatThrownBy(() -> WarningSigns.read(new StringReader(
                "sign.Bad-Code = A\nchecklist.title = T\nbanner.title = B\nbanner.text = C\n"), "s"))
                .hasMessage("s: Bad-Code is not a code (lower-case letters, digits and _)");
        assertThatThrownBy(() -> WarningSigns.read(new StringReader("sign.a = A\nsource.a = S\nchecklist.title = T\n"
                + "checklist.back = B\nchecklist.headache = H\nbanner.title = B\n"), "s"))
                .hasMessage("s: banner.text is missing");
        assertThatThrownBy(() -> WarningSigns.read(new StringReader("checklist.title = T\n"), "s"))
                .hasMessage("s: no sign.CODE entries");
    }

    @Test
    void day_keepsItsSignsInTheChecklistsOrder() {
        var day = DayEntry.on(DAY).warningSigns(Set.of("weight_loss", "bowel_bladder_control")).build();
        assertThat(day.warningSigns()).containsExactly("bowel_bladder_control", "weight_loss");
        assertThat(day.hasWarningSign()).isTrue();
        assertThat(DayEntry.on(DAY).build().hasWarningSign()).isFalse();
        assertThat(day.toBuilder().build()).isEqualTo(day);
    }

    @Test
    void day_unknownCode_isRefusedNamingTheField() {
        assertThatThrownBy(() -> DayEntry.on(DAY).warningSigns(Set.of("headache")).build())
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(DayField.WARNING_SIGNS))
                .hasMessageStartingWith("warning_signs: “headache” is not bowel_bladder_control, ");
    }

    @Test
    void text_readsCodesInAnyCaseAndSeparator_andWritesThemInOrder() {
        assertThat(DayText.warningSigns(" Weight-Loss ; fever_chills,FEVER_CHILLS ")).containsExactly(
                "fever_chills", "weight_loss");
        assertThat(DayText.warningSigns("")).isEmpty();
        assertThat(DayText.warningSignsText(Set.of("weight_loss", "fever_chills")))
                .isEqualTo("fever_chills;weight_loss");
        assertThatThrownBy(() -> DayText.warningSigns("fever_chills;fever"))
                .hasMessageStartingWith("warning_signs: “fever” is not ");
    }

    @Test
    void days_listsTheDaysWithASignInTheRange_withTheirLabels() {
        var days = List.of(
                DayEntry.on(DAY.minusDays(5)).warningSigns(Set.of("fever_chills")).build(),
                DayEntry.on(DAY.minusDays(1)).build(),
                DayEntry.on(DAY).warningSigns(Set.of("worse_lying_down", "fever_chills")).build(),
                DayEntry.on(DAY.plusDays(1)).warningSigns(Set.of("weight_loss")).build());

        var found = WarningSigns.days(days, DAY.minusDays(4), DAY);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).date()).isEqualTo(DAY);
        assertThat(found.get(0).labels()).isEqualTo("A high fever or chills; Back pain that is worse when lying down");
    }
}
