package org.headback.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts the report is set in: DejaVu Sans, regular and bold, bundled with the app (the JDK ships no fonts and a
 * computer may have none), and which characters each can show; for characters DejaVu lacks, a font found on this
 * computer (see {@link FallbackFonts}). Loaded once.
 */
final class ReportFonts {
    /**
     * A piece of a line set in one font.
     *
     * @param fallback the font found on the computer; null for the report's own
     */
    record Run(String text, FallbackFont fallback) {
    }

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Map<Style.Face, String> FILES = Map.of(Style.Face.REGULAR, "DejaVuSans.ttf",
            Style.Face.BOLD, "DejaVuSans-Bold.ttf");
    private static volatile ReportFonts loaded;

    private final Map<Style.Face, byte[]> bytes = new EnumMap<>(Style.Face.class);
    private final Map<Style.Face, CmapLookup> characters = new EnumMap<>(Style.Face.class);
    private final FallbackFonts fallbacks;

    ReportFonts(FallbackFonts fallbacks) throws IOException {
        this.fallbacks = fallbacks;
        for (var face : Style.Face.values()) {
            var name = FILES.get(face);
            try (var in = ReportFonts.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IOException("The report's font " + name + " is missing from the application.");
                }
                bytes.put(face, in.readAllBytes());
            }
            try (var font = new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(face)))) {
                characters.put(face, font.getUnicodeCmapLookup());
            }
        }
    }

    /** The fonts, loaded on first use. */
    static ReportFonts get() {
        var fonts = loaded;
        if (fonts == null) {
            synchronized (ReportFonts.class) {
                if (loaded == null) {
                    try {
                        loaded = new ReportFonts(FallbackFonts.onThisComputer());
                    } catch (IOException e) {
                        throw new UncheckedIOException("The report's fonts could not be read: " + e.getMessage(), e);
                    }
                }
                fonts = loaded;
            }
        }
        return fonts;
    }

    /** The font file's bytes, to embed in a PDF or to make a Java2D font from. */
    byte[] bytes(Style.Face face) {
        return bytes.get(face).clone();
    }

    /** True if the face, or a font found on this computer, has a glyph for the character. */
    boolean canShow(Style.Face face, int codePoint) {
        return hasGlyph(face, codePoint) || fallbacks.showing(codePoint).isPresent();
    }

    private boolean hasGlyph(Style.Face face, int codePoint) {
        return characters.get(face).getGlyphId(codePoint) > 0;
    }

    /** A printable line (see {@link Glyphs}) cut where the font that shows its characters changes. */
    List<Run> runs(Style.Face face, String line) {
        return Glyphs.runs(line, codePoint -> hasGlyph(face, codePoint) ? null
                : fallbacks.showing(codePoint).orElse(null));
    }
}
