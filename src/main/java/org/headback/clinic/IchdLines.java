package org.headback.clinic;

/**
 * The lines ICHD-3 (the International Classification of Headache Disorders, 3rd edition, 2018) draws, in days of a
 * calendar month. A count at or over a line has reached it: 15 headache days reach the chronic-headache line, 14 do
 * not.
 */
public final class IchdLines {
    /** Headache days a month for chronic headache (ICHD-3 1.3 chronic migraine, 2.3 chronic tension-type). */
    public static final int CHRONIC_HEADACHE_DAYS = 15;
    /** Migraine days a month, among the headache days, for chronic migraine (ICHD-3 1.3). */
    public static final int CHRONIC_MIGRAINE_DAYS = 8;
    /** Days a month of triptans, ergots, opioids, combination analgesics or several classes (ICHD-3 8.2). */
    public static final int OVERUSE_DAYS = 10;
    /** Days a month of simple analgesics or NSAIDs (ICHD-3 8.2.3). */
    public static final int SIMPLE_ANALGESIC_DAYS = 15;
    /** "More than 3 months": this many calendar months in a row at or over a line. */
    public static final int MONTHS_IN_A_ROW = 4;

    private IchdLines() {
    }
}
