package org.headback.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Fonts installed on this computer that show what the bundled DejaVu fonts cannot (Chinese, Japanese, Korean, Thai,
 * Devanagari…), so that a note in any script is printed in the report rather than replaced. The font folders are
 * looked through only when a character is missing, one font file at a time until one shows it, and what was learnt
 * is kept for the next report. Nothing is written anywhere.
 *
 * <p>A font is used only once it has proved that it can be embedded in a PDF and drawn in an image; one that cannot
 * (outlines PDFBox does not embed, a damaged file) is passed over.
 */
final class FallbackFonts {
    private static final int DEPTH = 6;
    /** File names that suggest a sans-serif font made to cover many characters: looked at first. */
    private static final List<String> LIKELY = List.of("fallback", "cjk", "unicode", "yahei", "msyh", "pingfang",
            "malgun", "gothic", "hei", "sans");
    /** File names that suggest a less fitting face: looked at last. */
    private static final List<String> UNLIKELY = List.of("bold", "italic", "oblique", "mono", "serif", "light");

    private final List<Path> folders;
    private Iterator<Path> unread;
    private final List<FallbackFont> read = new ArrayList<>();
    private final Map<Integer, Optional<FallbackFont>> chosen = new HashMap<>();

    FallbackFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The fonts in this computer's usual font folders; nothing is read until a character is asked for. */
    static FallbackFonts onThisComputer() {
        return new FallbackFonts(systemFolders());
    }

    /** No fonts at all: every character the bundled fonts lack is replaced. */
    static FallbackFonts none() {
        return new FallbackFonts(List.of());
    }

    private static List<Path> systemFolders() {
        var home = Path.of(System.getProperty("user.home"));
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            var windows = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            return List.of(Path.of(windows, "Fonts"), home.resolve("AppData/Local/Microsoft/Windows/Fonts"));
        }
        if (os.contains("mac")) {
            return List.of(Path.of("/System/Library/Fonts"), Path.of("/Library/Fonts"), home.resolve("Library/Fonts"));
        }
        return List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                home.resolve(".local/share/fonts"), home.resolve(".fonts"));
    }

    /** A font that shows the character, if this computer has one. */
    synchronized Optional<FallbackFont> showing(int codePoint) {
        return chosen.computeIfAbsent(codePoint, this::find);
    }

    private Optional<FallbackFont> find(int codePoint) {
        var found = firstShowing(read, codePoint);
        var files = unreadFiles();
        while (found.isEmpty() && files.hasNext()) {
            var more = FallbackFont.readAll(files.next());
            read.addAll(more);
            found = firstShowing(more, codePoint);
        }
        return found;
    }

    private static Optional<FallbackFont> firstShowing(List<FallbackFont> fonts, int codePoint) {
        return fonts.stream().filter(font -> font.shows(codePoint) && font.usable(codePoint)).findFirst();
    }

    private Iterator<Path> unreadFiles() {
        if (unread == null) {
            unread = folders.stream().flatMap(FallbackFonts::fontFiles)
                    .sorted(Comparator.comparingInt(FallbackFonts::rank).thenComparing(Path::toString)).iterator();
        }
        return unread;
    }

    private static Stream<Path> fontFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (var walk = Files.walk(folder, DEPTH)) {
            return walk.filter(Files::isRegularFile).filter(FallbackFont::isFontFile).toList().stream();
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be read is one with no fonts for the report.
            return Stream.empty();
        }
    }

    /** Lower comes first: likely names, then plain ones, then unlikely ones. */
    static int rank(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int rank = LIKELY.stream().anyMatch(name::contains) ? 0 : 1;
        return UNLIKELY.stream().anyMatch(name::contains) ? rank + 2 : rank;
    }

    /** Embeds the font in a scratch PDF and makes a Java2D font of it, both to show the character. */
    static boolean canEmbed(FallbackFont font, int codePoint) {
        try (var opened = font.open(); var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            var pdfFont = PDType0Font.load(document, opened.font(), true);
            try (var stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(pdfFont, 12);
                stream.showText(Character.toString(codePoint));
                stream.endText();
            }
            document.save(OutputStream.nullOutputStream());
            return font.awtFont().canDisplay(codePoint);
        } catch (IOException | RuntimeException e) {
            // Outlines PDFBox cannot embed, a damaged file, a font Java2D refuses: another font may do.
            return false;
        }
    }
}
