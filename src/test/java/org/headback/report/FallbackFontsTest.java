package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fonts found in font folders for the characters the bundled ones lack. */
class FallbackFontsTest {
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    @TempDir
    Path folder;

    /** A copy of DejaVu Sans in the folder, as a font found on the computer. */
    static FallbackFont dejaVuIn(Path folder) throws IOException {
        var file = copyDejaVu(folder.resolve("DejaVuSans.ttf"));
        return FallbackFont.readAll(file).get(0);
    }

    private static Path copyDejaVu(Path file) throws IOException {
        try (var in = FallbackFontsTest.class.getResourceAsStream(DEJAVU)) {
            Files.createDirectories(file.getParent());
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aFontInASubfolder_isFound_forACharacterItShows() throws IOException {
        var file = copyDejaVu(folder.resolve("truetype/dejavu/DejaVuSans.ttf"));
        var found = new FallbackFonts(List.of(folder)).showing('é');
        assertThat(found).map(FallbackFont::file).contains(file);
    }

    @Test
    void aCharacterNoFontShows_findsNothing() throws IOException {
        copyDejaVu(folder.resolve("DejaVuSans.ttf"));
        var fonts = new FallbackFonts(List.of(folder));
        assertThat(fonts.showing(0x5934)).isEmpty();
        assertThat(fonts.showing(0x5934)).as("asked again").isEmpty();
    }

    @Test
    void damagedFontsAndOtherFiles_arePassedOver() throws IOException {
        Files.write(folder.resolve("broken.ttf"), new byte[] {0, 1, 0, 0, 0, 9, 'x', 'y'});
        Files.write(folder.resolve("empty.ttc"), new byte[0]);
        Files.writeString(folder.resolve("readme.txt"), "not a font");
        var file = copyDejaVu(folder.resolve("z/DejaVuSans.ttf"));
        assertThat(new FallbackFonts(List.of(folder)).showing('é')).map(FallbackFont::file).contains(file);
    }

    @Test
    void missingFolders_andNoFolders_findNothing() {
        assertThat(new FallbackFonts(List.of(folder.resolve("absent"))).showing('é')).isEmpty();
        assertThat(FallbackFonts.none().showing('é')).isEmpty();
    }

    @Test
    void fontsMadeToCoverMuch_areLookedAtFirst_andBoldOrSerifLast() {
        assertThat(FallbackFonts.rank(Path.of("DroidSansFallbackFull.ttf"))).isZero();
        assertThat(FallbackFonts.rank(Path.of("msyh.ttc"))).isZero();
        assertThat(FallbackFonts.rank(Path.of("Tahoma.ttf"))).isEqualTo(1);
        assertThat(FallbackFonts.rank(Path.of("NotoSerifCJK-Bold.ttc"))).isEqualTo(2);
        assertThat(FallbackFonts.rank(Path.of("Georgia-Italic.ttf"))).isEqualTo(3);
    }

    @Test
    void aFoundFont_canBeEmbeddedAndDrawn() throws IOException {
        var font = dejaVuIn(folder);
        assertThat(font.usable('é')).isTrue();
        assertThat(font.awtFont().canDisplay('é')).isTrue();
    }
}
