package org.headback.stats;

import org.headback.text.Coded;

/** What the before/after comparison counts per 30 recorded days. */
public enum Measure implements Coded {
    HEADACHE_DAYS, MIGRAINE_DAYS, ACUTE_MEDICATION_DAYS, BACK_PAIN_DAYS
}
