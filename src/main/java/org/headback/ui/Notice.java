package org.headback.ui;

import java.util.Objects;

/** A message for the user in the window's message bar. */
public record Notice(Kind kind, String text) {
    /** How the bar shows it. */
    public enum Kind {
        INFO,
        ERROR
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Notice info(String text) {
        return new Notice(Kind.INFO, text);
    }

    public static Notice error(String text) {
        return new Notice(Kind.ERROR, text);
    }
}
