package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headback chart} and {@code headback stats}, as a user runs them. */
class ChartCliTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private String out;
    private String err;
    private final LocalDate today = LocalDate.now();

    private int run(String... args) {
        var result = CliRun.in(dataDir, args);
        out = result.out();
        err = result.err();
        return result.code();
    }

    @BeforeEach
    void recordSixtyDays() throws Exception {
        var file = Files.writeString(files.resolve("days.csv"), SixtyDays.csv(today), StandardCharsets.UTF_8);
        assertThat(run("diary", "import", file.toString())).isEqualTo(Cli.OK);
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
    void reversedOrEmptyRange_isAClearError_andNoFileIsLeft() {
        var png = files.resolve("never.png");
        assertThat(run("chart", "months", "--out", png.toString(), "--from", today.toString(), "--to",
                today.minusDays(5).toString())).isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("headback: The range is reversed");
        assertThat(run("chart", "months", "--out", png.toString(), "--from", "2020-01-01", "--to", "2020-02-01"))
                .isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("headback: No days are recorded from 2020-01-01 to 2020-02-01.");
        assertThat(Files.exists(png)).isFalse();
    }

    @Test
    void unwritableOutput_isAClearError_withNoPartialFile() throws Exception {
        var missing = files.resolve("no-such-folder").resolve("chart.png");
        assertThat(run("chart", "together", "--out", missing.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: The folder " + missing.getParent() + " does not exist: " + missing
                + " was not written.");
        try (var listing = Files.list(files)) {
            assertThat(listing).noneMatch(path -> path.getFileName().toString().endsWith(".png"));
        }
    }

    @Test
    void unknownKindOrThreshold_isAUsageError() {
        assertThat(run("chart", "pie", "--out", files.resolve("p.png").toString())).isEqualTo(Cli.USAGE);
        assertThat(err).contains("pie is not together, months, calendar, cooccurrence or evidence");
        assertThat(run("stats", "--headache-threshold", "0")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("threshold must be 1 to 10");
    }
}
