package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OddsRatioTest {

    @Test
    void fullTable_givesAdOverBc_withWoolfsInterval() {
        // By hand: OR = (10·20)/(5·3) = 200/15 = 13.3333; ln OR = 2.590267;
        // SE = sqrt(1/10 + 1/5 + 1/3 + 1/20) = sqrt(0.683333) = 0.826640; 1.959964 · SE = 1.620184;
        // low = exp(2.590267 − 1.620184) = exp(0.970083) = 2.63816; high = exp(4.210451) = 67.3870.
        var oddsRatio = OddsRatio.of(new Table2x2(10, 5, 3, 20)).orElseThrow();
        assertThat(oddsRatio.ratio()).isCloseTo(13.333333, within(1e-5));
        assertThat(oddsRatio.low()).isCloseTo(2.63816, within(1e-4));
        assertThat(oddsRatio.high()).isCloseTo(67.3870, within(1e-3));
    }

    @Test
    void zeroCell_addsOneHalfToEveryCell_forRatioAndInterval() {
        // (0, 10, 3, 20) becomes (0.5, 10.5, 3.5, 20.5): OR = (0.5·20.5)/(10.5·3.5) = 10.25/36.75 = 0.278912;
        // ln OR = −1.276861; SE = sqrt(2 + 0.095238 + 0.285714 + 0.048780) = sqrt(2.429733) = 1.558760;
        // 1.959964 · SE = 3.055114; low = exp(−4.331974) = 0.0131416; high = exp(1.778253) = 5.91951.
        var oddsRatio = OddsRatio.of(new Table2x2(0, 10, 3, 20)).orElseThrow();
        assertThat(oddsRatio.ratio()).isCloseTo(0.278912, within(1e-6));
        assertThat(oddsRatio.low()).isCloseTo(0.0131416, within(1e-6));
        assertThat(oddsRatio.high()).isCloseTo(5.91951, within(1e-4));
    }

    @Test
    void tableWithTwoZeroCells_isStillFinite() {
        // (5, 0, 0, 5) becomes (5.5, 0.5, 0.5, 5.5): OR = 30.25/0.25 = 121.
        var oddsRatio = OddsRatio.of(new Table2x2(5, 0, 0, 5)).orElseThrow();
        assertThat(oddsRatio.ratio()).isCloseTo(121, within(1e-9));
        assertThat(oddsRatio.low()).isPositive().isLessThan(121);
        assertThat(oddsRatio.high()).isGreaterThan(121).isFinite();
    }

    @Test
    void emptyTable_hasNoRatio() {
        assertThat(OddsRatio.of(new Table2x2(0, 0, 0, 0))).isEmpty();
    }
}
