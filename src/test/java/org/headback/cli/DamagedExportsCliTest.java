package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A damaged copy of each other diary's sample (a quoted field cut off, a date that does not exist, a severity off
 * its scale) is refused with its line and field, and the diary keeps exactly what it had.
 */
class DamagedExportsCliTest extends CliFolders {
    private static final String FLAREDOWN = "flaredown/sample-data.csv";
    private static final String BEARABLE = "bearable/sample-Bearable_Export_20240418.csv";
    private static final String BEARABLE_DATED = "bearable/sample-8col-INFERRED-bearable-export.csv";
    private static final String HEADI = "headi/sample-20240417_213005_headi_diary.csv";

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of(FLAREDOWN, "cut off", "2024-03-27T17:03:06+00:00,2,4,4,2,\"2 x 50",
                        "line 24, a quoted field that starts here is never closed"),
                Arguments.of(FLAREDOWN, "2024-03-20T15:03:13", "2024-02-30T15:03:13",
                        "line 17, Date: “2024-02-30” is not a date that exists"),
                Arguments.of(FLAREDOWN, "2024-03-13T15:18:38+00:00,1,0,2,0", "2024-03-13T15:18:38+00:00,1,7,2,0",
                        "line 12, Migraine: 7 is not on Flaredown's scale of 0 to 4"),
                Arguments.of(BEARABLE, "cut off", "\"9th Mar 2024\",\"Saturday\",\"22:40\",\"Mood\",\"3\",\"In pain "
                        + "| Tired\",\"Back stiff after", "line 43, a quoted field that starts here is never closed"),
                Arguments.of(BEARABLE, "\"8th Mar 2024\",\"Friday\",\"am\"", "\"31st Feb 2024\",\"Friday\",\"am\"",
                        "line 35, date: “31st Feb 2024” is not a date that exists"),
                Arguments.of(BEARABLE, "\"5th Mar 2024\",\"Tuesday\",\"mid\",\"Symptom\",\"2\"",
                        "\"5th Mar 2024\",\"Tuesday\",\"mid\",\"Symptom\",\"7\"",
                        "line 11, rating/amount: “7” is not Moderate's rating 2 on Bearable's scale of 1 to 4"),
                Arguments.of(BEARABLE_DATED, "\"2024-03-08\",\"Friday\",\"am\"", "\"2024-13-08\",\"Friday\",\"am\"",
                        "line 3, date formatted: “2024-13-08” is not a date that exists"),
                Arguments.of(BEARABLE_DATED, "\"Symptom\",\"3\",\"Back (lower) pain (Severe)\"",
                        "\"Symptom\",\"3\",\"Back (lower) pain (Dreadful)\"",
                        "detail: “Dreadful” is not a severity (Mild, Moderate, Severe or Unbearable)"),
                Arguments.of(HEADI, "cut off", "5,Lower back pain,1709966773417,1709986731603,19958186,7,Ibuprofen "
                        + "400,2,\"After long", "line 6, a quoted field that starts here is never closed"),
                Arguments.of(HEADI, "3,Lower back pain,1709881030115", "3,Lower back pain,2024-03-08",
                        "line 4, start_date: “2024-03-08” is not a whole number"),
                Arguments.of(HEADI, "1710341052989,1710350031294,8978305,4", "1710341052989,1710350031294,8978305,14",
                        "line 12, strength: 14 is not on Headi's scale of 0 to 10"),
                Arguments.of(HEADI, "1712845817298,1712856218711", "4868519417298,4868529818711",
                        "line 38, start_date: 2124-04-11 is in the future"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("damages")
    void aDamagedCopy_isRefusedWithItsLine_andTheDiaryKeepsWhatItHad(String sample, String from, String to,
                                                                      String message) throws Exception {
        assertThat(run("diary", "add", "2024-03-10", "--back-pain", "1", "--headache", "2")).isEqualTo(Cli.OK);
        var damaged = damage(sample, from, to);

        assertThat(run("diary", "import", damaged.toString(), "--one-pain", "zero", "--on-conflict", "replace",
                "--time-zone", "Europe/Zurich")).as(out).isEqualTo(Cli.FAILED);
        assertThat(err).contains(damaged.getFileName() + ", ").contains(message).doesNotContain("Exception");
        assertThat(run("diary", "list")).isEqualTo(Cli.OK);
        assertThat(out.lines().skip(1)).containsExactly("2024-03-10,1,,2,,,,,,,,,");
    }

    private Path damage(String sample, String from, String to) throws Exception {
        var text = Files.readString(OtherDiaryImportCliTest.sample(sample.split("/")[0], sample.split("/")[1]),
                StandardCharsets.UTF_8);
        String changed;
        if (from.equals("cut off")) {
            assertThat(text).contains(to);
            changed = text.substring(0, text.indexOf(to) + to.length());
        } else {
            assertThat(text).contains(from);
            changed = text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        }
        return Files.writeString(files.resolve(Path.of(sample).getFileName()), changed, StandardCharsets.UTF_8);
    }
}
