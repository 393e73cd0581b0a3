package org.headback.article;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file an article can come from. */
public enum ArticleFormat {
    TEXT("txt"),
    MARKDOWN("md"),
    HTML("html");

    private final String extension;

    ArticleFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name says it has: {@code .txt}, {@code .md}/{@code .markdown}, {@code .html}/{@code .htm}. */
    public static Optional<ArticleFormat> ofFileName(String fileName) {
        var lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }
}
