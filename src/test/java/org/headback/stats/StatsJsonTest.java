package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.headback.testing.TestDays;
import org.junit.jupiter.api.Test;

class StatsJsonTest {
    private static final List<String> KEYS = List.of("both", "backOnly", "headacheOnly", "neither", "recordedDays",
            "headacheRateWithBackPain", "headacheRateWithoutBackPain", "oddsRatio", "oddsRatioLow", "oddsRatioHigh",
            "fisherP", "phi", "spearmanRho", "shiftTestP", "enoughData", "reason", "lag1", "from", "to",
            "backPainThreshold", "headacheThreshold");
    private static final List<String> LAG_KEYS = List.of("both", "backOnly", "headacheOnly", "neither", "pairs",
            "oddsRatio", "fisherP");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return (Map<String, Object>) MiniJson.parse(json);
    }

    private static double number(Object value) {
        return ((MiniJson.JsonNumber) value).value();
    }

    @Test
    void fullStats_haveExactlyTheAgreedKeys_andNumbersThatReadBackExactly() {
        var stats = Cooccurrence.compute(TestDays.table(10, 5, 3, 20, 7L), new Thresholds(2, 3));
        var json = parse(StatsJson.toJson(stats, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 7),
                new Thresholds(2, 3)));
        assertThat(json.keySet()).containsExactlyElementsOf(KEYS);
        assertThat(number(json.get("both"))).isEqualTo(10);
        assertThat(((MiniJson.JsonNumber) json.get("neither")).text()).isEqualTo("20");
        assertThat(number(json.get("recordedDays"))).isEqualTo(38);
        assertThat(number(json.get("oddsRatio"))).isEqualTo(stats.oddsRatio().getAsDouble());
        assertThat(number(json.get("oddsRatioLow"))).isEqualTo(stats.oddsRatioLow().getAsDouble());
        assertThat(number(json.get("fisherP"))).isEqualTo(stats.fisherP().getAsDouble());
        assertThat(number(json.get("phi"))).isEqualTo(stats.phi().getAsDouble());
        assertThat(number(json.get("headacheRateWithoutBackPain"))).isEqualTo(3.0 / 23);
        assertThat(json.get("enoughData")).isEqualTo(true);
        assertThat(json.get("reason")).isSameAs(MiniJson.NULL);
        assertThat(json.get("from")).isEqualTo("2026-01-01");
        assertThat(json.get("to")).isEqualTo("2026-02-07");
        assertThat(number(json.get("backPainThreshold"))).isEqualTo(2);
        assertThat(number(json.get("headacheThreshold"))).isEqualTo(3);
        @SuppressWarnings("unchecked")
        var lag = (Map<String, Object>) json.get("lag1");
        assertThat(lag.keySet()).containsExactlyElementsOf(LAG_KEYS);
        assertThat(number(lag.get("pairs"))).isEqualTo(37);
    }

    @Test
    void tinyNumbers_useAnExponentThatJsonAccepts() {
        // computed with exact rational arithmetic (see FisherExactTest): 1.4410826960373924e-71.
        var stats = Cooccurrence.compute(TestDays.table(120, 80, 60, 1100), Thresholds.DEFAULT);
        String json = StatsJson.toJson(stats, null, null, Thresholds.DEFAULT);
        assertThat(json).containsPattern("\"fisherP\": 1\\.441082696\\d*E-71,");
        assertThat(number(parse(json).get("fisherP"))).isEqualTo(stats.fisherP().getAsDouble());
    }

    @Test
    void absentValuesAndOpenRange_areNull() {
        var stats = Cooccurrence.compute(TestDays.table(3, 2, 1, 3), Thresholds.DEFAULT);
        var json = parse(StatsJson.toJson(stats, null, null, Thresholds.DEFAULT));
        assertThat(json.keySet()).containsExactlyElementsOf(KEYS);
        for (var key : List.of("oddsRatio", "oddsRatioLow", "oddsRatioHigh", "fisherP", "phi", "spearmanRho",
                "shiftTestP", "from", "to")) {
            assertThat(json.get(key)).as(key).isSameAs(MiniJson.NULL);
        }
        assertThat(json.get("enoughData")).isEqualTo(false);
        assertThat(json.get("reason")).isEqualTo("Only 9 days are recorded in this range: record 5 more "
                + "to see how often back pain and headache fall on the same day.");
        assertThat(number(json.get("headacheRateWithBackPain"))).isEqualTo(0.6);
        @SuppressWarnings("unchecked")
        var lag = (Map<String, Object>) json.get("lag1");
        assertThat(lag.get("oddsRatio")).isSameAs(MiniJson.NULL);
        assertThat(number(lag.get("pairs"))).isEqualTo(8);
    }

    @Test
    void notANumberAndInfinity_becomeNull_andStringsAreEscaped() {
        var none = OptionalDouble.empty();
        var stats = new CooccurrenceStats(new Table2x2(1, 1, 1, 1), 4, OptionalDouble.of(0.5), none,
                OptionalDouble.of(Double.POSITIVE_INFINITY), none, none, none, OptionalDouble.of(Double.NaN), none,
                new LagStats(new Table2x2(0, 0, 0, 0), 0, none, none), none, false,
                Optional.of("a \"quoted\" back\\slash,\nnew line, tab\t and \u0001 control"));
        String text = StatsJson.toJson(stats, null, LocalDate.of(2026, 3, 4), Thresholds.DEFAULT);
        assertThat(text).doesNotContain("NaN", "Infinity")
                .contains("\"reason\": \"a \\\"quoted\\\" back\\\\slash,\\nnew line, tab\\t and \\u0001 control\"");
        var json = parse(text);
        assertThat(json.get("oddsRatio")).isSameAs(MiniJson.NULL);
        assertThat(json.get("phi")).isSameAs(MiniJson.NULL);
        assertThat(json.get("reason")).isEqualTo(stats.reason().orElseThrow());
        assertThat(json.get("to")).isEqualTo("2026-03-04");
    }

    @Test
    void testParser_refusesWhatIsNotJson() {
        for (var bad : List.of("{\"a\": 1,}", "{\"a\": NaN}", "{\"a\": 1", "{\"a\" 1}", "{'a': 1}", "[1] 2",
                "{\"a\": \"x\ny\"}", "{\"a\": 01}")) {
            assertThatThrownBy(() -> MiniJson.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
