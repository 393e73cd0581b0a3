package org.headback.diary;

import java.util.Objects;

/**
 * A warning sign that needs urgent medical attention, in the back-pain list or the headache list.
 *
 * @param code   stable, what the diary stores and CSV files carry: "fever_chills"
 * @param label  for people: "A high fever or chills"
 * @param area   the list it belongs to
 * @param source where the sign is taken from: the clinical list or article, and its item
 */
public record WarningSign(String code, String label, Area area, String source) {
    /** The two lists of the checklist. */
    public enum Area {
        BACK_PAIN,
        HEADACHE
    }

    public WarningSign {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(source, "source");
    }
}
