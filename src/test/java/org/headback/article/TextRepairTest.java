package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRepairTest {

    private static String repair(String text) {
        return TextRepair.repairText(text);
    }

    @Test
    void mojibakeApostrophe_isRepaired() {
        assertThat(repair("itâ€™s the bodyâ€™s way")).isEqualTo("it’s the body’s way");
    }

    @Test
    void mojibakeQuotes_areRepaired_evenWithTheLastByteLost() {
        assertThat(repair("â€œred flagâ€\u009D signs")).isEqualTo("“red flag” signs");
        assertThat(repair("â€œred flagâ€ signs")).isEqualTo("“red flag” signs");
    }

    @Test
    void mojibakeDashesAndEllipsis_areRepaired() {
        assertThat(repair("back â€“ neck â€” head â€¦")).isEqualTo("back – neck — head …");
    }

    @Test
    void mojibakeAccents_areRepaired() {
        assertThat(repair("cafÃ© and naÃ¯ve")).isEqualTo("café and naïve");
    }

    @Test
    void mojibakeNoBreakSpace_becomesASpace() {
        assertThat(repair("Beverly HillsÂ\u00A0patients")).isEqualTo("Beverly Hills patients");
        assertThat(repair("Beverly HillsÂ patients")).isEqualTo("Beverly Hills patients");
    }

    @Test
    void doubleMojibake_isRepaired() {
        assertThat(repair("itÃ¢â‚¬â„¢s")).isEqualTo("it’s");
    }

    @Test
    void truncatedMojibakeContractions_areRepaired() {
        assertThat(repair("youâd itâs doesnât isnât weâll theyâre weâve Iâm"))
            .isEqualTo("you’d it’s doesn’t isn’t we’ll they’re we’ve I’m");
    }

    @Test
    void chateau_isKept() {
        var french = "Le château, la pâte, le gâteau et l’âge d’or.";
        assertThat(repair(french)).isEqualTo(french);
    }

    @Test
    void correctText_isLeftAlone() {
        var text = "It’s 37 °C — “fine” – naïve café, 5 × 3 ± 1.";
        assertThat(repair(text)).isEqualTo(text);
    }

    @Test
    void noBreakAndOddSpaces_becomeNormalSpaces() {
        assertThat(repair("a\u00A0b\u2009c\u202Fd\u2003e")).isEqualTo("a b c d e");
    }

    @Test
    void zeroWidthCharactersAndByteOrderMark_areRemoved() {
        assertThat(repair("\uFEFFTi\u200Btle\u00AD")).isEqualTo("Title");
    }

    @Test
    void controlCharacters_areRemoved_tabsBecomeSpaces() {
        assertThat(repair("a\u0007b\u0000c\td")).isEqualTo("abc d");
    }

    @Test
    void spaces_areCollapsed_andLinesTrimmed() {
        assertThat(repair("   indented    text   \n\t second  line ")).isEqualTo("indented text\nsecond line");
    }

    @Test
    void windowsLineEnds_becomeNewlines() {
        assertThat(repair("one\r\ntwo\rthree")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void latexInText_isConverted() {
        assertThat(repair("TNF-\\(\\alpha\\) levels")).isEqualTo("TNF-α levels");
    }
}
