package org.headback.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * One TrueType font on this computer, alone in its file ({@code .ttf}) or one of a collection ({@code .ttc}), with
 * the characters it shows.
 */
final class FallbackFont {
    /** The font opened for a PDF, and what to close once the PDF is saved. */
    record Opened(TrueTypeFont font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private final Path file;
    /** The font's name within its collection; null for a font alone in its file. */
    private final String nameInCollection;
    /** The code points the font shows, sorted: a few kilobytes even for a font of every Chinese character. */
    private final int[] characters;
    private Boolean usable;
    private Font awtFont;

    private FallbackFont(Path file, String nameInCollection, int[] characters) {
        this.file = file;
        this.nameInCollection = nameInCollection;
        this.characters = characters;
    }

    static boolean isFontFile(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc");
    }

    /** The fonts in the file; none if it cannot be read as TrueType or has no Unicode character map. */
    static List<FallbackFont> readAll(Path file) {
        var fonts = new ArrayList<FallbackFont>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                try (var collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(font -> fonts.add(new FallbackFont(file, font.getName(),
                            characters(font))));
                }
            } else {
                try (var font = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
                    fonts.add(new FallbackFont(file, null, characters(font)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not a font the report can use; the next file may be.
            return List.of();
        }
        return fonts.stream().filter(font -> font.characters.length > 0).toList();
    }

    /** Read glyph by glyph, which is quicker than asking every code point there is. */
    private static int[] characters(TrueTypeFont font) throws IOException {
        CmapLookup lookup = font.getUnicodeCmapLookup(true);
        if (lookup == null) {
            return new int[0];
        }
        var codePoints = IntStream.builder();
        for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
            var codes = lookup.getCharCodes(glyph);
            if (codes != null) {
                codes.forEach(codePoints::add);
            }
        }
        return codePoints.build().sorted().distinct().toArray();
    }

    Path file() {
        return file;
    }

    boolean shows(int codePoint) {
        return Arrays.binarySearch(characters, codePoint) >= 0;
    }

    /** Whether the font can be embedded and drawn; tried once, with the first character it is wanted for. */
    synchronized boolean usable(int codePoint) {
        if (usable == null) {
            usable = FallbackFonts.canEmbed(this, codePoint);
        }
        return usable;
    }

    /** Opens the font to embed it in a PDF. */
    Opened open() throws IOException {
        if (nameInCollection == null) {
            var font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            // Letters stay letters, as in the bundled fonts.
            font.setEnableGsub(false);
            return new Opened(font, font);
        }
        var collection = new TrueTypeCollection(file.toFile());
        try {
            var font = collection.getFontByName(nameInCollection);
            if (font == null) {
                throw new IOException(nameInCollection + " is no longer in " + file.getFileName());
            }
            font.setEnableGsub(false);
            return new Opened(font, collection);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    /** The font for drawing into an image, at size 1. */
    synchronized Font awtFont() throws IOException {
        if (awtFont == null) {
            try {
                var all = Font.createFonts(file.toFile());
                awtFont = all[0];
                for (var font : all) {
                    if (font.getPSName().equals(nameInCollection)) {
                        awtFont = font;
                    }
                }
            } catch (FontFormatException e) {
                throw new IOException(file.getFileName() + " cannot be drawn: " + e.getMessage(), e);
            }
        }
        return awtFont;
    }
}
