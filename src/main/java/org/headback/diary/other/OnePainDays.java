package org.headback.diary.other;

import org.headback.text.Coded;

/**
 * What becomes of a day on which another diary scored only one of the two pains: HeadBack's day has both, and a
 * missing score is not a score of 0, so the user chooses; there is no default.
 */
public enum OnePainDays implements Coded {
    /** The day is left out; it stays not recorded. */
    SKIP,
    /** The pain with no score is recorded as 0 that day. */
    ZERO
}
