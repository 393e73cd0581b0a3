package org.headback.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Builds lists of recorded days for the tests. */
final class Days {
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private Days() {
    }

    /** The day {@code index} days after {@link #START}. */
    static DayPoint day(int index, int backPain, int headache) {
        return new DayPoint(START.plusDays(index), backPain, headache);
    }

    /**
     * Consecutive days from {@link #START} that make the given table with the default thresholds (severity 3 for
     * a pain day, 0 for none), in a shuffled order of cells when {@code seed} is not null, else a, b, c, d in turn.
     */
    static List<DayPoint> table(int a, int b, int c, int d, Long seed) {
        List<int[]> cells = new ArrayList<>();
        addCells(cells, a, 3, 3);
        addCells(cells, b, 3, 0);
        addCells(cells, c, 0, 3);
        addCells(cells, d, 0, 0);
        if (seed != null) {
            Collections.shuffle(cells, new Random(seed));
        }
        List<DayPoint> days = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            days.add(day(i, cells.get(i)[0], cells.get(i)[1]));
        }
        return days;
    }

    static List<DayPoint> table(int a, int b, int c, int d) {
        return table(a, b, c, d, null);
    }

    private static void addCells(List<int[]> cells, int count, int backPain, int headache) {
        for (int i = 0; i < count; i++) {
            cells.add(new int[] {backPain, headache});
        }
    }
}
