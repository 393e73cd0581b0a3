package org.headback.stats;

/**
 * What counts as a pain day. A back-pain day has a back-pain severity of at least {@code backPain}; a headache
 * day has a headache severity of at least {@code headache}.
 *
 * @param backPain 1–10; 1 means any back pain at all
 * @param headache 1–10; 1 means any headache at all
 */
public record Thresholds(int backPain, int headache) {
    /** Any pain counts. */
    public static final Thresholds DEFAULT = new Thresholds(1, 1);

    public Thresholds {
        check("back-pain", backPain);
        check("headache", headache);
    }

    private static void check(String name, int value) {
        if (value < 1 || value > DayPoint.MAX_SEVERITY) {
            throw new IllegalArgumentException(name + " threshold must be 1 to 10, was " + value);
        }
    }

    public boolean isBackPainDay(DayPoint d) {
        return d.backPain() >= backPain;
    }

    public boolean isHeadacheDay(DayPoint d) {
        return d.headache() >= headache;
    }
}
