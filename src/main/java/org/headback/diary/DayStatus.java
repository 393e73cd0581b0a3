package org.headback.diary;

import java.util.Optional;

/**
 * What a calendar day shows at a glance, and the one description of how it reads: its sign (▲ back pain, ● headache,
 * ▲● both, ○ neither, none when not recorded), its name in a legend and its words in a sentence. The window's
 * calendar and the charts take them from here; their colours are mapped once each, to CSS classes in the window and
 * to the chart palette. A day without a record is NOT_RECORDED, never NEITHER.
 */
public enum DayStatus {
    BOTH("▲●", "Both", "back pain and headache"),
    BACK_PAIN_ONLY("▲", "Back pain only", "back pain"),
    HEADACHE_ONLY("●", "Headache only", "headache"),
    NEITHER("○", "Neither", "neither"),
    NOT_RECORDED("", "Not recorded", "not recorded");

    private final String sign;
    private final String legend;
    private final String words;

    DayStatus(String sign, String legend, String words) {
        this.sign = sign;
        this.legend = legend;
        this.words = words;
    }

    /** "▲●", "▲", "●", "○"; empty for a day not recorded. */
    public String sign() {
        return sign;
    }

    /** The name in a legend: "Back pain only". */
    public String legend() {
        return legend;
    }

    /** The words inside a sentence: "back pain and headache". */
    public String words() {
        return words;
    }

    /** The status of a recorded day with these two kinds of day (by whatever thresholds made them). */
    public static DayStatus of(boolean backPainDay, boolean headacheDay) {
        if (backPainDay && headacheDay) {
            return BOTH;
        }
        if (backPainDay) {
            return BACK_PAIN_ONLY;
        }
        return headacheDay ? HEADACHE_ONLY : NEITHER;
    }

    /** The status of a day, recorded or not; back pain and headache count from 1. */
    public static DayStatus of(Optional<DayEntry> day) {
        if (day.isEmpty()) {
            return NOT_RECORDED;
        }
        return of(day.get().hasBackPain(), day.get().hasHeadache());
    }
}
