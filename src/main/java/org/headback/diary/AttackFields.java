package org.headback.diary;

import java.util.List;

/**
 * One attack as the window's boxes hold it, each part as typed (blank when not given); the kind, aura, what came
 * with it and what it cost as their codes ({@link org.headback.text.Coded#code}), several separated by commas.
 * {@link #text} writes attacks in the form {@link DayForm} reads, so the window's attacks are checked by the same
 * rules as a CSV file's, with each problem named "attack 2: …".
 *
 * @param end the end time, given instead of the duration; an end before the start is past midnight
 */
public record AttackFields(String start, String end, String duration, String peak, String kind, String aura,
                           String with, String cost, String note) {
    public AttackFields {
        start = blankIfNull(start);
        end = blankIfNull(end);
        duration = blankIfNull(duration);
        peak = blankIfNull(peak);
        kind = blankIfNull(kind);
        aura = blankIfNull(aura);
        with = blankIfNull(with);
        cost = blankIfNull(cost);
        note = blankIfNull(note);
    }

    /**
     * The attacks as the text of {@link DayField#ATTACKS}; a part that holds a character the form keeps for itself
     * ({@code ;} or {@code |}, or {@code -} in a time) is refused as "attack 2: the start “14;00” …".
     */
    public static String text(List<AttackFields> attacks) {
        return AttackText.fieldsText(attacks);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}
