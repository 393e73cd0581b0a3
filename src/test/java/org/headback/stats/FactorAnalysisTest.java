package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The factor analysis on small made-up diaries. The expected figures come from the formulas and from an independent
 * implementation (SciPy's {@code fisher_exact}, which computes the two-sided p as R's {@code fisher.test} does, and a
 * direct loop over every rotation for the shift test), never from the code under test.
 */
class FactorAnalysisTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 4, 1);
    private static final int DAYS = 30;
    /** Coffee on the first 12 days; a headache on days 0–8 and 20–23. */
    private static final IntPredicate COFFEE = i -> i < 12;
    private static final IntPredicate HEADACHE = i -> i < 9 || (i >= 20 && i < 24);
    private static final IntPredicate WALK = i -> i % 2 == 0;

    @Test
    void aFactorTickedWithMostHeadaches_hasTheFiguresOfItsTable_andGoesWithMoreHeadaches() {
        var coffee = figures(analysis(days(DAYS, COFFEE, null)).sameDay(), "coffee");

        assertThat(List.of(coffee.both(), coffee.factorOnly(), coffee.headacheOnly(), coffee.neither()))
                .containsExactly(9, 3, 4, 14);
        assertThat(coffee.knownDays()).isEqualTo(30);
        assertThat(coffee.headacheRateWithFactor()).hasValue(0.75);
        assertThat(coffee.headacheRateWithoutFactor().getAsDouble()).isCloseTo(4.0 / 18, within(1e-15));
        assertThat(coffee.oddsRatio().getAsDouble()).isCloseTo(10.5, within(1e-12));
        assertThat(coffee.oddsRatioLow().getAsDouble()).isCloseTo(1.889153805732325, within(1e-9));
        assertThat(coffee.oddsRatioHigh().getAsDouble()).isCloseTo(58.359462138797056, within(1e-7));
        assertThat(coffee.fisherP().getAsDouble()).isCloseTo(0.00801809621505037, within(1e-12));
        assertThat(coffee.holmP()).isEqualTo(coffee.fisherP());
        assertThat(coffee.shiftTestP()).hasValue(0);
        assertThat(coffee.enoughData()).isTrue();
        assertThat(coffee.reason()).isEmpty();
        assertThat(coffee.verdict()).isEqualTo(FactorVerdict.MORE);
    }

    @Test
    void nextDay_pairsEachDayWithTheDayAfter_theFactorOnTheFirst_theHeadacheOnTheSecond() {
        var coffee = figures(analysis(days(DAYS, COFFEE, null)).nextDay(), "coffee");

        assertThat(coffee.knownDays()).isEqualTo(29);
        assertThat(List.of(coffee.both(), coffee.factorOnly(), coffee.headacheOnly(), coffee.neither()))
                .containsExactly(8, 4, 4, 13);
        assertThat(coffee.oddsRatio().getAsDouble()).isCloseTo(6.5, within(1e-12));
        assertThat(coffee.oddsRatioLow().getAsDouble()).isCloseTo(1.2582573205928358, within(1e-9));
        assertThat(coffee.fisherP().getAsDouble()).isCloseTo(0.02874176946614412, within(1e-12));
        assertThat(coffee.verdict()).isEqualTo(FactorVerdict.MORE);
    }

    @Test
    void holm_adjustsOverTheFamilysFactorsWithEnoughData_andTheAdjustedPDecidesTheVerdict() {
        var report = analysis(days(DAYS, COFFEE, WALK), List.of("coffee", "walk", "never"));
        var coffee = figures(report.sameDay(), "coffee");
        var walk = figures(report.sameDay(), "walk");

        assertThat(walk.fisherP().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(walk.shiftTestP().getAsDouble()).isCloseTo(8.0 / 17, within(1e-12));
        assertThat(coffee.holmP().getAsDouble()).isCloseTo(0.01603619243010074, within(1e-12));
        assertThat(walk.holmP()).hasValue(1);
        assertThat(walk.verdict()).isEqualTo(FactorVerdict.NO_CLEAR_LINK);
        assertThat(figures(report.sameDay(), "never").holmP()).isEmpty();
    }

    @Test
    void aFactorUnknownOnSomeDays_countsOnlyTheDaysItIsKnown_inBothFamilies() {
        var days = new ArrayList<FactorDay>();
        for (int i = 0; i < 40; i++) {
            var known = i >= 10 ? Map.of("period", i % 3 == 0) : Map.<String, Boolean>of();
            days.add(new FactorDay(FIRST.plusDays(i), 0, i % 2 * 5, OptionalDouble.empty(), OptionalInt.empty(),
                    known));
        }
        var report = FactorAnalysis.compute(days, List.of("period"), FactorSettings.DEFAULT);

        assertThat(figures(report.sameDay(), "period").knownDays()).isEqualTo(30);
        assertThat(figures(report.nextDay(), "period").knownDays()).isEqualTo(29);
        assertThat(report.recordedDays()).isEqualTo(40);
    }

    @Test
    void nextDayPairs_stopAtAGap_andRunAcrossAMonthsEnd() {
        var days = List.of(day(LocalDate.of(2026, 1, 30), 0, 0, Set.of()), day(LocalDate.of(2026, 1, 31), 0, 0,
                Set.of()), day(LocalDate.of(2026, 2, 1), 0, 0, Set.of()),
                day(LocalDate.of(2026, 2, 3), 0, 0, Set.of()));

        var backPain = figures(FactorAnalysis.compute(days, List.of(), FactorSettings.DEFAULT).nextDay(), "back_pain");

        assertThat(backPain.knownDays()).isEqualTo(2);
    }

    @Test
    void shortSleepAndHighStress_areKnownOnlyWhereFilledIn_andCutWhereTheSettingsSay() {
        var days = new ArrayList<FactorDay>();
        for (int i = 0; i < 20; i++) {
            var sleep = i < 16 ? OptionalDouble.of(i % 4 == 0 ? 5.5 : 6) : OptionalDouble.empty();
            var stress = i < 10 ? OptionalInt.of(i % 2 == 0 ? 7 : 6) : OptionalInt.empty();
            days.add(new FactorDay(FIRST.plusDays(i), 0, i % 3 == 0 ? 4 : 0, sleep, stress, Map.of()));
        }
        var report = FactorAnalysis.compute(days, List.of(), FactorSettings.DEFAULT);
        var shortSleep = figures(report.sameDay(), "short_sleep");
        var highStress = figures(report.sameDay(), "high_stress");

        assertThat(shortSleep.knownDays()).isEqualTo(16);
        assertThat(shortSleep.both() + shortSleep.factorOnly()).isEqualTo(4);
        assertThat(highStress.knownDays()).isEqualTo(10);
        assertThat(highStress.both() + highStress.factorOnly()).isEqualTo(5);
        var longer = FactorAnalysis.compute(days, List.of(), new FactorSettings(Thresholds.DEFAULT, 6.5, 8));
        assertThat(figures(longer.sameDay(), "short_sleep").both() + figures(longer.sameDay(), "short_sleep")
                .factorOnly()).isEqualTo(16);
        assertThat(figures(longer.sameDay(), "high_stress").factorOnly()).isZero();
    }

    @Test
    void backPain_isKnownOnEveryRecordedDay_atOrOverItsThreshold() {
        var days = new ArrayList<FactorDay>();
        for (int i = 0; i < 20; i++) {
            days.add(day(FIRST.plusDays(i), i % 10, i % 4 == 0 ? 6 : 0, Set.of()));
        }
        var settings = FactorSettings.DEFAULT.with(new Thresholds(5, 6));
        var backPain = figures(FactorAnalysis.compute(days, List.of(), settings).sameDay(), "back_pain");

        assertThat(backPain.kind()).isEqualTo(FactorKind.BACK_PAIN);
        assertThat(backPain.knownDays()).isEqualTo(20);
        assertThat(backPain.both() + backPain.factorOnly()).isEqualTo(10);
        assertThat(backPain.both() + backPain.headacheOnly()).isEqualTo(5);
    }

    @Test
    void enoughData_needs14KnownDays_5WithAnd5Without_andBothKindsOfDay() {
        assertThat(enough(14, i -> i < 5, i -> i % 2 == 0)).isEmpty();
        assertThat(enough(13, i -> i < 5, i -> i % 2 == 0)).contains("Known on 13 days: at least 14 are needed.");
        assertThat(enough(14, i -> i < 4, i -> i % 2 == 0))
                .contains("With it on 4 days and without it on 10 days: at least 5 of each are needed.");
        assertThat(enough(14, i -> i < 9, i -> i % 2 == 0)).isEmpty();
        assertThat(enough(14, i -> i < 10, i -> i % 2 == 0))
                .contains("With it on 10 days and without it on 4 days: at least 5 of each are needed.");
        assertThat(enough(14, i -> i < 5, i -> false))
                .contains("No headache day among its 14 days: there is nothing to compare.");
        assertThat(enough(14, i -> i < 5, i -> true))
                .contains("Every one of its 14 days was a headache day: there is nothing to compare.");
        assertThat(enough(14, i -> i < 5, i -> i == 3)).isEmpty();
    }

    @Test
    void withoutEnoughData_theCountsStay_andNoFigureIsGiven() {
        var figures = figures(analysis(days(13, COFFEE, null)).sameDay(), "coffee");

        assertThat(figures.knownDays()).isEqualTo(13);
        assertThat(figures.both() + figures.factorOnly() + figures.headacheOnly() + figures.neither()).isEqualTo(13);
        assertThat(List.of(figures.headacheRateWithFactor(), figures.headacheRateWithoutFactor(),
                figures.oddsRatio(), figures.oddsRatioLow(), figures.oddsRatioHigh(), figures.fisherP(),
                figures.holmP(), figures.shiftTestP())).allMatch(OptionalDouble::isEmpty);
        assertThat(figures.verdict()).isEqualTo(FactorVerdict.NOT_ENOUGH_DATA);
        assertThat(figures("never", analysis(days(DAYS, COFFEE, null), List.of("never")))
                .reason()).contains("Known on 0 days: at least 14 are needed.");
    }

    @Test
    void verdict_needsBothPsUnder005_andTheWholeIntervalOnOneSideOf1() {
        assertThat(verdict(0.049, 0.049, 1.01, 3)).isEqualTo(FactorVerdict.MORE);
        assertThat(verdict(0.05, 0.01, 1.01, 3)).isEqualTo(FactorVerdict.NO_CLEAR_LINK);
        assertThat(verdict(0.01, 0.05, 1.01, 3)).isEqualTo(FactorVerdict.NO_CLEAR_LINK);
        assertThat(verdict(0.01, 0.01, 1.0, 3)).isEqualTo(FactorVerdict.NO_CLEAR_LINK);
        assertThat(verdict(0.01, 0.01, 0.2, 0.99)).isEqualTo(FactorVerdict.FEWER);
        assertThat(verdict(0.01, 0.01, 0.2, 1.0)).isEqualTo(FactorVerdict.NO_CLEAR_LINK);
    }

    @Test
    void eachFamily_listsBackPainShortSleepHighStress_thenTheUsersFactorsByName() {
        var report = analysis(days(DAYS, COFFEE, WALK), List.of("walk", "coffee"));

        assertThat(report.sameDay()).extracting(FactorFigures::name)
                .containsExactly("back_pain", "short_sleep", "high_stress", "coffee", "walk");
        assertThat(report.nextDay()).extracting(FactorFigures::kind).containsExactly(FactorKind.BACK_PAIN,
                FactorKind.SHORT_SLEEP, FactorKind.HIGH_STRESS, FactorKind.USER, FactorKind.USER);
    }

    private static FactorVerdict verdict(double holm, double shift, double low, double high) {
        return FactorFigures.verdict(OptionalDouble.of(holm), OptionalDouble.of(shift), OptionalDouble.of(low),
                OptionalDouble.of(high));
    }

    private static Optional<String> enough(int days, IntPredicate ticked, IntPredicate headache) {
        var list = new ArrayList<FactorDay>();
        for (int i = 0; i < days; i++) {
            list.add(new FactorDay(FIRST.plusDays(i), 0, headache.test(i) ? 5 : 0, OptionalDouble.empty(),
                    OptionalInt.empty(), Map.of("x", ticked.test(i))));
        }
        return figures(FactorAnalysis.compute(list, List.of("x"), FactorSettings.DEFAULT).sameDay(), "x").reason();
    }

    private static FactorReport analysis(List<FactorDay> days) {
        return analysis(days, List.of("coffee"));
    }

    private static FactorReport analysis(List<FactorDay> days, List<String> factors) {
        return FactorAnalysis.compute(days, factors, FactorSettings.DEFAULT);
    }

    private static FactorFigures figures(String name, FactorReport report) {
        return figures(report.sameDay(), name);
    }

    private static FactorFigures figures(List<FactorFigures> family, String name) {
        return family.stream().filter(figures -> figures.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<FactorDay> days(int count, IntPredicate coffee, IntPredicate walk) {
        var days = new ArrayList<FactorDay>();
        for (int i = 0; i < count; i++) {
            var known = new HashMap<String, Boolean>();
            known.put("coffee", coffee.test(i));
            if (walk != null) {
                known.put("walk", walk.test(i));
            }
            days.add(new FactorDay(FIRST.plusDays(i), 0, HEADACHE.test(i) ? 6 : 0, OptionalDouble.empty(),
                    OptionalInt.empty(), known));
        }
        return days;
    }

    /** A day on which the factors named are ticked and every other one given is known and not ticked. */
    private static FactorDay day(LocalDate date, int backPain, int headache, Set<String> ticked) {
        var known = new HashMap<String, Boolean>();
        ticked.forEach(name -> known.put(name, true));
        return new FactorDay(date, backPain, headache, OptionalDouble.empty(), OptionalInt.empty(), known);
    }
}
