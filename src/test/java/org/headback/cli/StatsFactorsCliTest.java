package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code stats factors}: what goes with the headache days, from a real data folder. */
class StatsFactorsCliTest extends CliFolders {
    private static final LocalDate FIRST = LocalDate.of(2026, 4, 1);

    /** Coffee on the first 12 of 30 days, a headache on days 0–8 and 20–23; a walk first ticked on day 20. */
    private void importMonth() throws Exception {
        var csv = new StringBuilder("date,back_pain,headache,factors\n");
        for (int i = 0; i < 30; i++) {
            var factors = (i < 12 ? "coffee" : "") + (i >= 20 && i % 2 == 0 ? (i < 12 ? ";" : "") + "walk" : "");
            csv.append(FIRST.plusDays(i)).append(",0,").append(i < 9 || (i >= 20 && i < 24) ? 6 : 0).append(',')
                    .append(factors).append('\n');
        }
        importDays(csv.toString());
    }

    @Test
    void json_givesEachFactorItsTableFiguresAndVerdict_andAFactorIsUnknownBeforeItsFirstTick() throws Exception {
        importMonth();

        assertThat(run("stats", "factors", "--json")).as(err).isEqualTo(Cli.OK);

        assertThat(out).contains("\"recordedDays\": 30");
        var coffee = out.substring(out.indexOf("\"name\": \"coffee\""));
        assertThat(coffee).contains("\"knownDays\": 30", "\"both\": 9", "\"factorOnly\": 3", "\"headacheOnly\": 4",
                "\"neither\": 14", "\"oddsRatio\": 10.5", "\"verdict\": \"more\"");
        var walk = out.substring(out.indexOf("\"name\": \"walk\""));
        assertThat(walk).contains("\"knownDays\": 10", "\"enoughData\": false", "\"verdict\": \"not_enough_data\"",
                "\"reason\": \"Known on 10 days: at least 14 are needed.\"");
    }

    @Test
    void words_sayEachVerdict_whyTheFiguresAreAdjusted_andTheRange() throws Exception {
        importMonth();

        assertThat(run("stats", "factors", "--from", FIRST.toString(), "--to", FIRST.plusDays(29).toString()))
                .as(err).isEqualTo(Cli.OK);

        assertThat(out).startsWith("Apr 1, 2026 – Apr 30, 2026: 30 recorded days.");
        assertThat(out).contains("  coffee — goes with more headaches: headache on 75 % of the 12 days with it",
                "  walk — not enough data: known on 10 days", "Holm's method");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--short-sleep-hours, 0,  '--short-sleep-hours: 0 is not more than 0 and at most 24 hours'",
        "--short-sleep-hours, 25, '--short-sleep-hours: 25 is not more than 0 and at most 24 hours'",
        "--short-sleep-hours, NaN, '--short-sleep-hours: NaN is not more than 0 and at most 24 hours'",
        "--short-sleep-hours, Infinity, '--short-sleep-hours: Infinity is not more than 0 and at most 24 hours'",
        "--high-stress,       0,  '--high-stress: 0 is not between 1 and 10'",
        "--high-stress,       11, '--high-stress: 11 is not between 1 and 10'"})
    void aCutOutOfItsRange_isRefusedByTheOptionsName(String option, String value, String message) throws Exception {
        importMonth();

        assertThat(run("stats", "factors", option, value)).isEqualTo(Cli.USAGE);

        assertThat(err.lines().findFirst()).contains("headback: " + message);
    }
}
