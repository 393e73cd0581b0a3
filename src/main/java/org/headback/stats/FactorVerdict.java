package org.headback.stats;

import org.headback.text.Coded;

/**
 * What a factor's figures allow to be said, in words that never claim a cause: a diary shows what goes together over
 * its days, not what causes what.
 */
public enum FactorVerdict implements Coded {
    /** Holm-adjusted p and shift-test p both under 0.05, and the interval's low end above 1. */
    MORE,
    /** Holm-adjusted p and shift-test p both under 0.05, and the interval's high end below 1. */
    FEWER,
    /** Enough data, but the figures do not pass the bar above. */
    NO_CLEAR_LINK,
    /** Too few days to say anything; the figures are left out. */
    NOT_ENOUGH_DATA
}
