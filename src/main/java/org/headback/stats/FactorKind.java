package org.headback.stats;

import org.headback.text.Coded;

/** Where a factor of the analysis comes from: one of the user's yes/no factors, or one read from the day's values. */
public enum FactorKind implements Coded {
    /** A yes/no factor the user ticks. */
    USER,
    /** Sleep under the short-sleep cut, on days with sleep hours filled in. */
    SHORT_SLEEP,
    /** Stress at or over the high-stress cut, on days with stress filled in. */
    HIGH_STRESS,
    /** Back pain at or over the back-pain threshold, on every recorded day: the articles' question. */
    BACK_PAIN
}
