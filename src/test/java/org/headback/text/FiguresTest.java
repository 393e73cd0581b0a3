package org.headback.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void ratio_hasTwoSignificantFigures_atEverySize() {
        assertThat(Figures.ratio(48)).isEqualTo("48");
        assertThat(Figures.ratio(20.16)).isEqualTo("20");
        assertThat(Figures.ratio(125.4)).isEqualTo("130");
        assertThat(Figures.ratio(3.24)).isEqualTo("3.2");
        assertThat(Figures.ratio(1)).isEqualTo("1.0");
        assertThat(Figures.ratio(0.456)).isEqualTo("0.46");
        assertThat(Figures.ratio(0.0384)).isEqualTo("0.038");
        assertThat(Figures.ratio(0)).isEqualTo("0");
        assertThat(Figures.ratio(Double.POSITIVE_INFINITY)).isEqualTo(Figures.ABSENT);
        assertThat(Figures.ratio(OptionalDouble.empty())).isEqualTo(Figures.ABSENT);
    }

    @Test
    void duration_isInHoursAndMinutes_leavingOutAZeroPart() {
        assertThat(Figures.duration(Duration.ofMinutes(45))).isEqualTo("45 min");
        assertThat(Figures.duration(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(Figures.duration(Duration.ofMinutes(150))).isEqualTo("2 h 30 min");
    }

    @Test
    void severity_hasOneDecimal_onTheScale() {
        assertThat(Figures.severity(60.0 / 29)).isEqualTo("2.1");
        assertThat(Figures.severity(0)).isEqualTo("0.0");
        assertThat(Figures.severity(10)).isEqualTo("10.0");
        assertThat(Figures.severity(3.25)).isEqualTo("3.3");
        assertThat(Figures.severity(Double.NaN)).isEqualTo(Figures.ABSENT);
    }

    @Test
    void interval_joinsItsEnds_orIsAbsent() {
        assertThat(Figures.interval(OptionalDouble.of(1.43), OptionalDouble.of(7.51))).isEqualTo("1.4–7.5");
        assertThat(Figures.interval(OptionalDouble.of(1.43), OptionalDouble.empty())).isEqualTo(Figures.ABSENT);
    }

    @Test
    void percent_isWhole_andNeverRoundsASomethingToNothingOrAll() {
        assertThat(Figures.percent(0.625)).isEqualTo("63 %");
        assertThat(Figures.percent(0)).isEqualTo("0 %");
        assertThat(Figures.percent(0.004)).isEqualTo("< 1 %");
        assertThat(Figures.percent(0.996)).isEqualTo("> 99 %");
        assertThat(Figures.percent(1)).isEqualTo("100 %");
    }

    @Test
    void p_carriesItsRelation_soNoSentenceReadsEqualsLessThan() {
        assertThat(Figures.p(0.0004)).isEqualTo("p < 0.001");
        assertThat(Figures.p(0.001)).isEqualTo("p = 0.001");
        assertThat(Figures.p(0.0046)).isEqualTo("p = 0.005");
        assertThat(Figures.p(0.344)).isEqualTo("p = 0.34");
        assertThat(Figures.p(1)).isEqualTo("p = 1.00");
    }
}
