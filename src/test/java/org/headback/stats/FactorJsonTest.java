package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@code stats factors --json}: one object, every factor's keys in both families, absent values as null. */
class FactorJsonTest {
    private static final List<String> KEYS = List.of("name", "kind", "knownDays", "both", "factorOnly",
            "headacheOnly", "neither", "headacheRateWithFactor", "headacheRateWithoutFactor", "oddsRatio",
            "oddsRatioLow", "oddsRatioHigh", "fisherP", "holmP", "shiftTestP", "enoughData", "reason", "verdict");

    @Test
    void json_holdsRecordedDays_andEachFactorOfBothFamilies_withItsKeysInOrder() {
        var first = LocalDate.of(2026, 5, 1);
        var days = new ArrayList<FactorDay>();
        for (int i = 0; i < 20; i++) {
            days.add(new FactorDay(first.plusDays(i), i % 2 * 6, i % 2 == 0 ? 0 : 5, OptionalDouble.empty(),
                    OptionalInt.empty(), Map.of("Long \"drive\"", i % 3 == 0)));
        }
        var report = FactorAnalysis.compute(days, List.of("Long \"drive\""), FactorSettings.DEFAULT);

        @SuppressWarnings("unchecked")
        var json = (Map<String, Object>) MiniJson.parse(FactorJson.toJson(report));

        assertThat(json).containsOnlyKeys("recordedDays", "sameDay", "nextDay");
        assertThat(json.get("recordedDays")).isEqualTo(new MiniJson.JsonNumber("20"));
        @SuppressWarnings("unchecked")
        var sameDay = (List<Map<String, Object>>) json.get("sameDay");
        assertThat(sameDay).hasSize(4)
                .allSatisfy(factor -> assertThat(factor.keySet()).containsExactlyElementsOf(KEYS));
        assertThat(sameDay.get(0)).containsEntry("name", "back_pain").containsEntry("kind", "back_pain")
                .containsEntry("verdict", "no_clear_link").containsEntry("reason", MiniJson.NULL);
        assertThat(sameDay.get(1)).containsEntry("name", "short_sleep").containsEntry("oddsRatio", MiniJson.NULL)
                .containsEntry("enoughData", false).containsEntry("verdict", "not_enough_data");
        assertThat(sameDay.get(3)).containsEntry("name", "Long \"drive\"").containsEntry("kind", "user");
        @SuppressWarnings("unchecked")
        var nextDay = (List<Map<String, Object>>) json.get("nextDay");
        assertThat(nextDay.get(0)).containsEntry("knownDays", new MiniJson.JsonNumber("19"));
    }
}
