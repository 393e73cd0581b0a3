package org.headback.diary;

import java.util.Objects;

/**
 * A back-pain warning sign that needs urgent medical attention.
 *
 * @param code  stable, what the diary stores and CSV files carry: "fever_chills"
 * @param label for people: "A high fever or chills"
 */
public record WarningSign(String code, String label) {
    public WarningSign {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
