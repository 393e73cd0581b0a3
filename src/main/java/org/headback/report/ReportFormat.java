package org.headback.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The report's two forms: pages to print, or one tall image to show on a screen or attach to a message. */
public enum ReportFormat {
    PDF("pdf", "PDF document"),
    PNG("png", "PNG image");

    private final String extension;
    private final String label;

    ReportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** "pdf" or "png", without the dot. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** The format a file's name asks for by its extension, in any case; empty for any other name. */
    public static Optional<ReportFormat> ofFile(Path file) {
        var name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (var format : values()) {
            if (name.endsWith("." + format.extension) && name.length() > format.extension.length() + 1) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
