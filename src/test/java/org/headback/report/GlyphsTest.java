package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any character of a note can be printed: shown if the bundled font has it, else a visible substitute. */
class GlyphsTest {
    /** The bundled fonts alone, as on a computer with no fonts of its own. */
    private static ReportFonts bundled() {
        try {
            return new ReportFonts(FallbackFonts.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printable(String text) {
        var fonts = bundled();
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
        var fonts = bundled();
        for (var face : Style.Face.values()) {
            assertThat(fonts.canShow(face, Glyphs.SUBSTITUTE.codePointAt(0))).as(face.name()).isTrue();
        }
    }

    @Test
    void runs_changeWhereTheFontChanges_andKeepCharactersBeyondTheBasicPlaneWhole(@TempDir Path folder)
            throws IOException {
        var other = FallbackFontsTest.dejaVuIn(folder);
        var runs = Glyphs.runs("ab头痛c𝄞d", codePoint -> codePoint == 'a' || codePoint == 'b' || codePoint == 'c'
                || codePoint == 'd' ? null : other);
        assertThat(runs).containsExactly(new ReportFonts.Run("ab", null), new ReportFonts.Run("头痛", other),
                new ReportFonts.Run("c", null), new ReportFonts.Run("𝄞", other), new ReportFonts.Run("d", null));
    }

    @Test
    void runs_ofALineInOneFont_areOne() {
        assertThat(Glyphs.runs("plain", codePoint -> null)).containsExactly(new ReportFonts.Run("plain", null));
        assertThat(Glyphs.runs("", codePoint -> null)).isEmpty();
    }

    @Test
    void aLoneSurrogate_isSubstituted_notAnError() {
        assertThat(printable("x\uD83Dy")).isEqualTo("x" + Glyphs.SUBSTITUTE + "y");
    }
}
