package org.headback.diary;

import java.util.Optional;

/** What a calendar day shows at a glance. A day without a record is NOT_RECORDED, never NEITHER. */
public enum DayStatus {
    BOTH,
    BACK_PAIN_ONLY,
    HEADACHE_ONLY,
    NEITHER,
    NOT_RECORDED;

    /** The status of a day, recorded or not; back pain and headache count from 1. */
    public static DayStatus of(Optional<DayEntry> day) {
        if (day.isEmpty()) {
            return NOT_RECORDED;
        }
        var entry = day.get();
        if (entry.hasBackPain() && entry.hasHeadache()) {
            return BOTH;
        }
        if (entry.hasBackPain()) {
            return BACK_PAIN_ONLY;
        }
        return entry.hasHeadache() ? HEADACHE_ONLY : NEITHER;
    }
}
