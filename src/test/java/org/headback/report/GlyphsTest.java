package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Any character of a note can be printed: shown if the bundled font has it, else a visible substitute. */
class GlyphsTest {
    private static String printable(String text) {
        var fonts = ReportFonts.get();
        return Glyphs.printable(text, codePoint -> fonts.canShow(Style.Face.REGULAR, codePoint));
    }

    @Test
    void latinGreekAndSymbols_areKept() {
        assertThat(printable("Übelkeit – α ≥ 7 °C, naïve café")).isEqualTo("Übelkeit – α ≥ 7 °C, naïve café");
    }

    @Test
    void charactersTheFontLacks_becomeOneSubstituteEach() {
        assertThat(printable("头痛 today")).isEqualTo(Glyphs.SUBSTITUTE + Glyphs.SUBSTITUTE + " today");
    }

    @Test
    void invisibleCharacters_areDropped_andTabsBecomeSpaces() {
        assertThat(printable("a\u200Db\uFE0F\u00AD\tc\u0007")).isEqualTo("ab c");
    }

    @Test
    void theSubstitute_isInBothFaces() {
        var fonts = ReportFonts.get();
        for (var face : Style.Face.values()) {
            assertThat(fonts.canShow(face, Glyphs.SUBSTITUTE.codePointAt(0))).as(face.name()).isTrue();
        }
    }

    @Test
    void aLoneSurrogate_isSubstituted_notAnError() {
        assertThat(printable("x\uD83Dy")).isEqualTo("x" + Glyphs.SUBSTITUTE + "y");
    }
}
