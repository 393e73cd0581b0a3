package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Holm's adjustment against R's {@code p.adjust(p, "holm")}, worked out by hand. */
class HolmTest {
    @Test
    void adjusts_stepDown_inTheOrderGiven_asRDoes() {
        assertThat(Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}))
                .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
    }

    @Test
    void ties_getTheSameAdjustedValue() {
        assertThat(Holm.adjust(new double[] {0.02, 0.5, 0.02}))
                .containsExactly(new double[] {0.06, 0.5, 0.06}, within(1e-15));
    }

    @Test
    void oneFactor_keepsItsP_andNothingIsAbove1() {
        assertThat(Holm.adjust(new double[] {0.3})).containsExactly(0.3);
        assertThat(Holm.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
        assertThat(Holm.adjust(new double[0])).isEmpty();
    }
}
