package org.headback.stats;

/**
 * The 2×2 table of days: a = both, b = back pain only, c = headache only, d = neither.
 *
 * <pre>
 *                   headache   no headache
 *   back pain          a            b
 *   no back pain       c            d
 * </pre>
 */
public record Table2x2(int both, int backOnly, int headacheOnly, int neither) {
    public Table2x2 {
        if (both < 0 || backOnly < 0 || headacheOnly < 0 || neither < 0) {
            throw new IllegalArgumentException("a table cell cannot be negative: " + both + ", " + backOnly
                    + ", " + headacheOnly + ", " + neither);
        }
    }

    public int total() {
        return both + backOnly + headacheOnly + neither;
    }

    /** Row margin a + b: the back-pain days. */
    int backPainDays() {
        return both + backOnly;
    }

    /** Row margin c + d: the other days. */
    int otherDays() {
        return headacheOnly + neither;
    }

    /** Column margin a + c: the headache days. */
    int headacheDays() {
        return both + headacheOnly;
    }

    /** Column margin b + d: the days without headache. */
    int headacheFreeDays() {
        return backOnly + neither;
    }

    /** Adds one day to the right cell. */
    Table2x2 plus(boolean backPain, boolean headache) {
        if (backPain) {
            return headache ? new Table2x2(both + 1, backOnly, headacheOnly, neither)
                    : new Table2x2(both, backOnly + 1, headacheOnly, neither);
        }
        return headache ? new Table2x2(both, backOnly, headacheOnly + 1, neither)
                : new Table2x2(both, backOnly, headacheOnly, neither + 1);
    }
}
