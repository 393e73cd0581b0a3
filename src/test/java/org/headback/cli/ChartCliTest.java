package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.headback.chart.ChartKind;
import org.headback.diary.DateRange;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.StoredDay;
import org.headback.testing.TestDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code headback chart} and {@code headback stats}, as a user runs them. */
class ChartCliTest extends CliFolders {
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void recordSixtyDays() throws Exception {
        importDays(TestDays.sixtyDaysCsv(today));
    }

    @Test
    void chart_writesADecodablePngOfTheAskedSize() throws Exception {
        for (var kind : List.of("together", "months", "calendar", "cooccurrence", "evidence")) {
            var png = files.resolve(kind + ".png");
            assertThat(run("chart", kind, "--out", png.toString(), "--width", "1200", "--height", "800"))
                    .as(err).isEqualTo(Cli.OK);
            var image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(800);
        }
    }

    @Test
    void chartHelp_namesEveryKind_andAnUnknownKindIsRefusedNamingThem() {
        var codes = Arrays.stream(ChartKind.values()).map(ChartKind::code).toList();
        assertThat(run("chart", "--help")).isEqualTo(Cli.OK);
        assertThat(out.replaceAll("\\s+", " ")).contains(" KIND " + String.join(", ", codes) + ".");
        var bars = files.resolve("bars.png");
        assertThat(run("chart", "bars", "--out", bars.toString())).isEqualTo(Cli.USAGE);
        assertThat(err).contains("KIND: bars is not " + String.join(", ", codes.subList(0, codes.size() - 1))
                + " or " + codes.get(codes.size() - 1));
        assertThat(bars).doesNotExist();
    }

    @Test
    void stats_json_hasTheNamedKeys() {
        assertThat(run("stats", "--json")).isEqualTo(Cli.OK);
        for (var key : List.of("both", "backOnly", "headacheOnly", "neither", "recordedDays",
                "headacheRateWithBackPain", "headacheRateWithoutBackPain", "oddsRatio", "oddsRatioLow",
                "oddsRatioHigh", "fisherP", "phi", "spearmanRho", "lag1", "shiftTestP", "enoughData", "reason")) {
            assertThat(out).contains("\"" + key + "\"");
        }
        assertThat(out).contains("\"recordedDays\": 60");
    }

    @Test
    void stats_inWords_beginsWithThePlainSentence() {
        assertThat(run("stats", "--back-threshold", "3")).isEqualTo(Cli.OK);
        assertThat(out.lines().skip(1).findFirst().orElseThrow()).startsWith("Headache on ");
        assertThat(out).contains("back pain ≥ 3");
    }

    @Test
    void rangeEndingFarInTheFuture_endsToday_saysSo_andTakesNoLonger() throws Exception {
        var recorded = new DateRange(today.minusDays(59), today);
        assertThat(run("stats", "--to", "9999-12-31")).as(err).isEqualTo(Cli.OK);
        assertThat(out.lines().findFirst()).contains(recorded.describe() + ": 60 recorded days of 60.");
        assertThat(run("stats", "--json", "--from", recorded.from().toString(), "--to", "9999-12-31"))
                .isEqualTo(Cli.OK);
        assertThat(out).contains("\"to\": \"" + today + "\"");
        assertThat(run("stats", "--from", today.plusDays(1).toString())).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("headback: The range starts after today (--from " + today.plusDays(1)
                + "): no day can be recorded in the future.\n");
        var png = files.resolve("months.png");
        // Each month of the range up to 9999 was a bar: this took minutes.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThat(run("chart", "months", "--out",
                png.toString(), "--from", recorded.from().toString(), "--to", "9999-12-31")).as(err)
                .isEqualTo(Cli.OK));
    }

    @Test
    void rangeEndBefore1900_isAUsageError_namingTheOption() {
        assertThat(run("stats", "--from", "1899-12-31")).isEqualTo(Cli.USAGE);
        assertThat(err.lines().findFirst()).contains("headback: --from: 1899-12-31 is before 1900-01-01, the earliest "
                + "day a diary takes");
        assertThat(run("chart", "together", "--out", files.resolve("t.png").toString(), "--to", "0000-01-01"))
                .isEqualTo(Cli.USAGE);
        assertThat(err.lines().findFirst()).contains("headback: --to: 0000-01-01 is before 1900-01-01, the earliest "
                + "day a diary takes");
    }

    @Test
    void dayBefore1900_savedByAnOlderVersion_isListed_butRangesStartIn1900() throws Exception {
        try (var database = Database.open(dataDir)) {
            new SqliteDiaryStore(database, Clock.systemDefaultZone()).put(new StoredDay("1753-06-01", 7, true, false,
                    false, 5, null, null, null, null, "an older version's day", List.of(), List.of(), List.of(),
                    List.of()));
        }
        assertThat(run("diary", "list")).isEqualTo(Cli.OK);
        assertThat(out).contains("1753-06-01,7,lower_back,5,");
        assertThat(run("stats")).as(err).isEqualTo(Cli.OK);
        var range = new DateRange(LocalDate.of(1900, 1, 1), today);
        assertThat(out.lines().findFirst()).contains(range.describe() + ": "
                + org.headback.text.Words.format("recorded-of", 60, range.days()) + ".");
        for (var kind : List.of("together", "months", "calendar")) {
            assertThat(run("chart", kind, "--out", files.resolve(kind + ".png").toString(), "--width", "1200",
                    "--height", "800")).as(err).isEqualTo(Cli.OK);
        }
        assertThat(run("report", "--out", files.resolve("report.pdf").toString())).as(err).isEqualTo(Cli.OK);
    }

    @Test
    void unknownKindOrThreshold_isAUsageError() {
        assertThat(run("chart", "pie", "--out", files.resolve("p.png").toString())).isEqualTo(Cli.USAGE);
        assertThat(err).contains("pie is not together, months, calendar, cooccurrence, evidence or factors");
        assertThat(run("stats", "--headache-threshold", "0")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("threshold must be 1 to 10");
    }
}
