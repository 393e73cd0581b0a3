package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpearmanTest {

    @Test
    void tiedValues_shareTheAverageOfTheirRanks() {
        // 2, 0, 5, 2: 0 is first, the two 2s share places 2 and 3 (rank 2.5), 5 is fourth.
        assertThat(Spearman.ranks(new int[] {2, 0, 5, 2})).containsExactly(2.5, 1, 4, 2.5);
    }

    @Test
    void tiesInBothSeries_giveTheHandComputedRho() {
        // x = 0, 2, 2, 5 → ranks 1, 2.5, 2.5, 4 (mean 2.5; deviations −1.5, 0, 0, 1.5)
        // y = 1, 1, 3, 4 → ranks 1.5, 1.5, 3, 4 (mean 2.5; deviations −1, −1, 0.5, 1.5)
        // Σ dx·dy = 1.5 + 0 + 0 + 2.25 = 3.75; Σ dx² = 4.5; Σ dy² = 1 + 1 + 0.25 + 2.25 = 4.5;
        // rho = 3.75 / sqrt(4.5 · 4.5) = 5/6 = 0.83333...
        assertThat(Spearman.rho(new int[] {0, 2, 2, 5}, new int[] {1, 1, 3, 4}).orElseThrow())
                .isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void monotoneSeries_giveOneOrMinusOne_whateverTheSpacing() {
        assertThat(Spearman.rho(new int[] {0, 1, 2, 9}, new int[] {3, 4, 8, 10}).orElseThrow())
                .isCloseTo(1, within(1e-12));
        assertThat(Spearman.rho(new int[] {0, 1, 2, 9}, new int[] {10, 8, 4, 3}).orElseThrow())
                .isCloseTo(-1, within(1e-12));
    }

    @Test
    void constantSeriesOrFewerThanTwoValues_haveNoRho() {
        assertThat(Spearman.rho(new int[] {3, 3, 3}, new int[] {1, 2, 3})).isEmpty();
        assertThat(Spearman.rho(new int[] {1, 2, 3}, new int[] {0, 0, 0})).isEmpty();
        assertThat(Spearman.rho(new int[] {4}, new int[] {5})).isEmpty();
        assertThat(Spearman.rho(new int[] {}, new int[] {})).isEmpty();
    }
}
