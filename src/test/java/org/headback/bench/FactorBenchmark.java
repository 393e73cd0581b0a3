package org.headback.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import org.headback.chart.ChartInput;
import org.headback.chart.ChartKind;
import org.headback.chart.Charts;
import org.headback.diary.DateRange;
import org.headback.stats.Cooccurrence;
import org.headback.stats.DayPoint;
import org.headback.stats.FactorAnalysis;
import org.headback.stats.FactorDay;
import org.headback.stats.FactorSettings;
import org.headback.stats.Thresholds;

/**
 * The factor analysis over ten years of daily data (3,653 days) with 30 of the user's factors: every factor's figures,
 * same day and next day, shift tests included. The baseline, in the same run, is the back-pain statistics of the
 * same days ({@code stats}), so the ratio says what the wider question costs beside the one the app answered before.
 * Run with {@code mvn -Pbench package -DskipTests} (see BENCHMARKS.md).
 */
public final class FactorBenchmark {
    static final int FACTORS = 30;

    private FactorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        var days = tenYears(new Random(15));
        var factors = factors();
        var points = days.stream().map(FactorDay::point).toList();
        System.out.printf(Locale.ROOT, "HeadBack factor benchmark, %d days, %d factors (%s, %d cores, Java %s)%n",
                days.size(), factors.size(), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        var baselines = new ArrayList<Double>();
        var analyses = new ArrayList<Double>();
        for (int round = 0; round < 5; round++) {
            baselines.addAll(Measured.time(4, round == 0 ? 5 : 0, () -> baseline(points)));
            analyses.addAll(Measured.time(4, round == 0 ? 5 : 0, () -> FactorAnalysis.compute(days, factors,
                    FactorSettings.DEFAULT)));
        }
        double baseline = Measured.report("baseline: the back-pain statistics (stats)", baselines);
        double analysis = Measured.report("every factor, same day and next day, shift tests included", analyses);
        System.out.printf(Locale.ROOT, "ratio to the baseline: %.2f%n", analysis / baseline);
        drawCharts(days, factors);
    }

    /**
     * The Factors chart built and drawn at 1600×1000 from the analysis of the same days, beside the Together chart
     * of the same range drawn the same way as the baseline.
     */
    private static void drawCharts(List<FactorDay> days, List<String> factors) throws Exception {
        var points = days.stream().map(FactorDay::point).toList();
        var range = new DateRange(points.get(0).date(), points.get(points.size() - 1).date());
        var input = new ChartInput(range, points, Thresholds.DEFAULT, Cooccurrence.compute(points,
                Thresholds.DEFAULT), Map.of(), List.of(), FactorAnalysis.compute(days, factors,
                FactorSettings.DEFAULT));
        var together = new ArrayList<Double>();
        var drawn = new ArrayList<Double>();
        for (int round = 0; round < 5; round++) {
            together.addAll(Measured.time(3, round == 0 ? 3 : 0, () -> Charts.image(Charts.create(ChartKind.TOGETHER,
                    input), 1600, 1000)));
            drawn.addAll(Measured.time(3, round == 0 ? 3 : 0, () -> Charts.image(Charts.create(ChartKind.FACTORS,
                    input), 1600, 1000)));
        }
        double baseline = Measured.report("baseline: build and draw the Together chart, 1600×1000", together);
        double factorsChart = Measured.report("build and draw the Factors chart, 1600×1000", drawn);
        System.out.printf(Locale.ROOT, "ratio to the baseline: %.2f%n", factorsChart / baseline);
    }

    private static Object baseline(List<DayPoint> points) {
        return Cooccurrence.compute(points, Thresholds.DEFAULT);
    }

    /** Ten years of days; each factor is ticked in runs, from a first day of its own onward. */
    static List<FactorDay> tenYears(Random random) {
        var days = new ArrayList<FactorDay>();
        var first = DiaryBenchmark.TODAY.minusDays(DiaryBenchmark.TEN_YEARS - 1L);
        boolean[] on = new boolean[FACTORS];
        for (int i = 0; i < DiaryBenchmark.TEN_YEARS; i++) {
            var day = DiaryBenchmark.sampleDay(random, first.plusDays(i));
            var known = new HashMap<String, Boolean>();
            for (int f = 0; f < FACTORS; f++) {
                if (random.nextDouble() < 0.2) {
                    on[f] = !on[f];
                }
                if (i >= f * 30) {
                    known.put(name(f), on[f]);
                }
            }
            days.add(new FactorDay(day.date(), day.backPain(), day.headache(), day.sleepHours(),
                    day.stress().isPresent() ? OptionalInt.of(day.stress().getAsInt()) : OptionalInt.empty(),
                    known));
        }
        return days;
    }

    static List<String> factors() {
        return IntStream.range(0, FACTORS).mapToObj(FactorBenchmark::name).toList();
    }

    private static String name(int factor) {
        return "factor " + (factor + 1);
    }
}
