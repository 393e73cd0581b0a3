package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code stats compare}: two ranges side by side, from a real data folder. */
class StatsCompareCliTest extends CliFolders {
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);

    /** 28 days with a headache on 4 of every 7, then 30 days with one on 1 of every 7 and on the 21st. */
    private void importTwoMonths() throws Exception {
        var csv = new StringBuilder("date,back_pain,headache,headache_kind,medication\n");
        for (int i = 0; i < 58; i++) {
            int after = i - 28;
            boolean headache = i < 28 ? i % 7 < 4 : after % 7 == 0 || after == 20;
            csv.append(FIRST.plusDays(i)).append(",2,").append(headache ? "6,migraine,triptan" : "0,,").append('\n');
        }
        importDays(csv.toString());
    }

    @Test
    void json_givesEachMeasurePer30RecordedDays_theChange_andTheExactPermutationP() throws Exception {
        importTwoMonths();

        assertThat(run("stats", "compare", "--before", FIRST.toString(), FIRST.plusDays(27).toString(), "--after",
                FIRST.plusDays(28).toString(), FIRST.plusDays(57).toString(), "--json")).as(err).isEqualTo(Cli.OK);

        assertThat(out).contains("\"before\": {\"from\": \"2026-03-02\", \"to\": \"2026-03-29\", \"recordedDays\": 28}",
                "\"after\": {\"from\": \"2026-03-30\", \"to\": \"2026-04-28\", \"recordedDays\": 30}",
                "\"enoughData\": true", "{\"measure\": \"headache_days\", \"beforePer30\": 17.142857142857142, "
                        + "\"afterPer30\": 6.0, \"change\": -11.142857142857142",
                "\"p\": 0.015873015873015872}", "{\"measure\": \"migraine_days\", \"beforePer30\": 17.142857142857142",
                "{\"measure\": \"back_pain_days\", \"beforePer30\": 30.0, \"afterPer30\": 30.0, \"change\": 0.0");
    }

    @Test
    void words_sayTheRanges_eachMeasure_andTheCaution() throws Exception {
        importTwoMonths();

        assertThat(run("stats", "compare", "--before", "2026-03-02", "2026-03-29", "--after", "2026-03-30",
                "2026-04-28")).as(err).isEqualTo(Cli.OK);

        assertThat(out).startsWith("Before: Mar 2, 2026 – Mar 29, 2026; after: Mar 30, 2026 – Apr 28, 2026.")
                .contains("Headache days: 17.1 per 30 recorded days before, 6.0 after; change −11.1 (95 % CI ",
                        "), p = 0.02.", "reshuffle whole weeks");
    }

    @Test
    void tooFewRecordedDays_givesNoFigures_andSaysHowMany() throws Exception {
        importTwoMonths();

        assertThat(run("stats", "compare", "--before", "2026-03-02", "2026-03-14", "--after", "2026-03-30",
                "2026-04-28")).as(err).isEqualTo(Cli.OK);

        assertThat(out).contains("Before: 13 recorded days; after: 30 recorded days. Each range needs at least 14")
                .doesNotContain("per 30 recorded days");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-03-29 2026-03-02 2026-03-30 2026-04-28 | The range is reversed: the last day of --before 2026-03-02 is "
            + "before the first day of --before 2026-03-29.",
        "2026-03-02 2026-04-01 2026-03-30 2026-04-28 | The ranges overlap: --before 2026-03-02 2026-04-01 and "
            + "--after 2026-03-30 2026-04-28 share days"})
    void aRangeThatCannotBeCompared_isRefusedInWords(String days, String message) throws Exception {
        importTwoMonths();
        var ends = days.split(" ");

        assertThat(run("stats", "compare", "--before", ends[0], ends[1], "--after", ends[2], ends[3]))
                .isEqualTo(Cli.FAILED);

        assertThat(err).startsWith("headback: " + message);
    }
}
