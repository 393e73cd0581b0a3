package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * The two-sided Fisher exact p-value against values worked out independently.
 *
 * <p>The values marked "exact rational arithmetic" were computed with exact rational arithmetic: sum of
 * C(r1,x)C(r2,c1−x)/C(n,c1) over tables with p ≤ p_obs(1+1e-7), by this Python 3 program (standard library only),
 * printing the float nearest to the exact fraction:
 *
 * <pre>{@code
 * from fractions import Fraction
 * from math import comb
 *
 * def fisher_two_sided(a, b, c, d):
 *     r1, r2, c1, n = a + b, c + d, a + c, a + b + c + d
 *     def prob(x):
 *         return Fraction(comb(r1, x) * comb(r2, c1 - x), comb(n, c1))
 *     p_obs = prob(a)
 *     limit = p_obs * (1 + Fraction(1, 10**7))
 *     lo, hi = max(0, c1 - r2), min(r1, c1)
 *     p = sum((prob(x) for x in range(lo, hi + 1) if prob(x) <= limit), Fraction(0))
 *     return min(p, Fraction(1))
 *
 * for t in [(10, 5, 3, 20), (120, 80, 60, 1100), (300, 700, 800, 1853), (150, 850, 450, 2203),
 *           (412, 688, 731, 1822), (40, 60, 400, 3153), (5, 0, 1, 11), (0, 5, 7, 7)]:
 *     print(t, repr(float(fisher_two_sided(*t))))
 * }</pre>
 */
class FisherExactTest {

    private static double p(int a, int b, int c, int d) {
        return FisherExact.twoSidedP(new Table2x2(a, b, c, d));
    }

    @Test
    void teaTasting_matchesRsDocumentedExample() {
        // R's ?fisher.test "Tea tasting" example, fisher.test(matrix(c(3, 1, 1, 3), 2)): p-value = 0.4857.
        // By hand: margins 4, 4 of 8 cups; P(x) = C(4,x)C(4,4−x)/C(8,4) = 1, 16, 36, 16, 1 (/70) for x = 0..4;
        // observed x = 3 (16/70); tables no more likely: 1 + 16 + 16 + 1 = 34, so p = 34/70 = 0.485714...
        assertThat(p(3, 1, 1, 3)).isCloseTo(34.0 / 70, withinPercentage(1e-10));
    }

    @Test
    void perfectSeparation_sumsOnlyTheTwoExtremeTables() {
        // (5, 0, 0, 5): margins 5, 5 of 10, C(10,5) = 252; P(x) = C(5,x)C(5,5−x)/252 = 1, 25, 100, 100, 25, 1;
        // observed x = 5 (1/252); no more likely: x = 0 and x = 5, so p = 2/252 = 1/126.
        assertThat(p(5, 0, 0, 5)).isCloseTo(1.0 / 126, withinPercentage(1e-10));
        // (0, 4, 4, 0): margins 4, 4 of 8; observed x = 0 (1/70); x = 0 and x = 4 give p = 2/70 = 1/35.
        assertThat(p(0, 4, 4, 0)).isCloseTo(1.0 / 35, withinPercentage(1e-10));
    }

    @Test
    void zeroCellTable_sumsTheTailsByHand() {
        // (0, 3, 5, 6): r1 = 3, r2 = 11, c1 = 5, n = 14, C(14,5) = 2002. C(3,x)C(11,5−x) for x = 0..3:
        // 1·462 = 462, 3·330 = 990, 3·165 = 495, 1·55 = 55 (sum 2002). Observed x = 0 (462);
        // no more likely: 462 + 55 = 517, so p = 517/2002 = 47/182 = 0.258241758...
        assertThat(p(0, 3, 5, 6)).isCloseTo(47.0 / 182, withinPercentage(1e-10));
    }

    @Test
    void tinyTables_giveTheHandComputedValues() {
        // (1, 0, 0, 1): margins 1, 1 of 2; P(x) = 1/2, 1/2 for x = 0, 1: both count, p = 1.
        assertThat(p(1, 0, 0, 1)).isCloseTo(1, withinPercentage(1e-10));
        // (1, 1, 1, 1): margins 2, 2 of 4; P(x) = 1, 4, 1 (/6); observed x = 1 is the most likely: p = 1.
        assertThat(p(1, 1, 1, 1)).isCloseTo(1, withinPercentage(1e-10));
        // (2, 0, 0, 2): same margins; observed x = 2 (1/6); x = 0 and x = 2 give p = 2/6 = 1/3.
        assertThat(p(2, 0, 0, 2)).isCloseTo(1.0 / 3, withinPercentage(1e-10));
        // (0, 0, 0, 1) and (1, 0, 0, 0): a single day, one possible table, p = 1.
        assertThat(p(0, 0, 0, 1)).isEqualTo(1);
        assertThat(p(1, 0, 0, 0)).isEqualTo(1);
    }

    @Test
    void tablesExactlyAsLikelyAsTheObservedOne_areCounted() {
        // (0, 1, 2, 1): r1 = 1, r2 = 3, c1 = 2, n = 4; P(0) = C(3,2)/C(4,2) = 3/6, P(1) = C(3,1)/6 = 3/6.
        // The tie is kept by the 1e-7 tolerance: p = 1, not 1/2.
        assertThat(p(0, 1, 2, 1)).isEqualTo(1);
        // (10, 10, 10, 10): the observed table is the most likely one; p = 1, capped, never above.
        assertThat(p(10, 10, 10, 10)).isEqualTo(1);
    }

    @Test
    void mediumTable_matchesExactRationalArithmetic() {
        // computed with exact rational arithmetic: sum of C(r1,x)C(r2,c1−x)/C(n,c1) over tables with
        // p ≤ p_obs(1+1e-7)
        assertThat(p(10, 5, 3, 20)).isCloseTo(0.001259160957587486, withinPercentage(1e-7));
    }

    @Test
    void largeTables_matchExactRationalArithmetic_withoutOverflow() {
        // computed with exact rational arithmetic: sum of C(r1,x)C(r2,c1−x)/C(n,c1) over tables with
        // p ≤ p_obs(1+1e-7)
        assertThat(p(120, 80, 60, 1100)).isCloseTo(1.4410826960373924e-71, withinPercentage(1e-7));
        // Four tables of 3,653 days (ten years), computed the same way:
        assertThat(p(300, 700, 800, 1853)).isCloseTo(0.9355798894691418, withinPercentage(1e-7));
        assertThat(p(150, 850, 450, 2203)).isCloseTo(0.1609722712278664, withinPercentage(1e-7));
        assertThat(p(412, 688, 731, 1822)).isCloseTo(1.8075899835854765e-07, withinPercentage(1e-7));
        assertThat(p(40, 60, 400, 3153)).isCloseTo(4.713539038718691e-13, withinPercentage(1e-7));
    }

    @Test
    void logFactorial_agreesWithExactValuesAcrossTheTableBoundary() {
        // ln(10!) = ln 3628800; beyond the table, Stirling's series against sums of logarithms term by term.
        assertThat(LogFactorial.of(10)).isCloseTo(Math.log(3628800), withinPercentage(1e-12));
        for (int n : new int[] {255, 256, 257, 1000, 3653}) {
            double sum = 0;
            for (int i = 2; i <= n; i++) {
                sum += Math.log(i);
            }
            assertThat(LogFactorial.of(n)).as("ln %d!", n).isCloseTo(sum, withinPercentage(1e-11));
        }
    }
}
