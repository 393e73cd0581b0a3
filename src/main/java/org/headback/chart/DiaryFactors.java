package org.headback.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Factor;
import org.headback.diary.FactorHistory;
import org.headback.stats.FactorAnalysis;
import org.headback.stats.FactorDay;
import org.headback.stats.FactorReport;
import org.headback.stats.FactorSettings;

/**
 * The diary's days as the factor analysis reads them: each factor known or not on a day by the diary's own
 * known-from rule ({@link FactorHistory}), which needs every day up to the range's end, not just the range's days.
 */
public final class DiaryFactors {
    private DiaryFactors() {
    }

    /**
     * The analysis of the range.
     *
     * @param days    the recorded days up to the range's end at least (earlier ones decide when a factor became known)
     * @param factors the user's factors; the hidden ones are left out (the user stopped tracking them, so a day
     *                after hiding one would wrongly count as a day without it)
     */
    public static FactorReport analyse(DateRange range, List<DayEntry> days, List<Factor> factors,
                                       FactorSettings settings) {
        Objects.requireNonNull(range, "range");
        var tracked = factors.stream().filter(factor -> !factor.hidden()).toList();
        var histories = tracked.stream().map(factor -> FactorHistory.of(factor.name(), days)).toList();
        var inRange = days.stream().filter(day -> range.contains(day.date())).map(day -> {
            var known = new HashMap<String, Boolean>();
            histories.forEach(history -> history.tickedOn(day.date()).ifPresent(ticked ->
                    known.put(history.name(), ticked)));
            return new FactorDay(day.date(), day.backPain(), day.headache(), day.sleepHours(), day.stress(), known);
        }).toList();
        return FactorAnalysis.compute(inRange, tracked.stream().map(Factor::name).toList(), settings);
    }
}
