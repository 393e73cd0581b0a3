package org.headback.diary.other;

import java.util.Objects;

/**
 * One of the things another diary tracks under the user's own name: a condition or symptom scored each day (or a
 * pain type, for Headi), a medicine, or a tag.
 *
 * @param name         the name as the file writes it (unique in the file)
 * @param kind         what its values are
 * @param days         on how many days it has a value
 * @param takenUnknown for a medicine of an old Flaredown export: its cells hold the dose the app filled in, so they
 *                     do not say whether it was taken
 */
public record Trackable(String name, Kind kind, int days, boolean takenUnknown) {
    public Trackable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** What a trackable's values are. */
    public enum Kind {
        /** A severity, already on HeadBack's 0–10 scale. */
        SCORE,
        /** A medicine taken. */
        MEDICINE,
        /** A yes/no tag of a day. */
        TAG
    }
}
