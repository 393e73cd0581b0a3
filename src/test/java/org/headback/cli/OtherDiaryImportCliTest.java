package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Other diaries' exports imported on the command line, each sample file's chosen days (its fixture's expected.md)
 * checked field by field as the diary lists them.
 */
class OtherDiaryImportCliTest extends CliFolders {
    static Path sample(String app, String file) {
        try {
            return Path.of(OtherDiaryImportCliTest.class.getResource("/other-diaries/" + app + "/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void flaredown_eachRowADay_dayMaximum_blankIsNoValue_medicinesTagsAndDates() {
        assertThat(run("diary", "import", sample("flaredown", "sample-data.csv").toString())).as(err)
                .isEqualTo(Cli.OK);
        assertThat(out.strip()).isEqualTo("imported 42 days; added 4 new factors: long drive, poor sleep, stress at "
                + "work, deadlines, Föhn; not used: Weather, on 40 check-ins; Foods, on 3 check-ins; Nausea, on 35 "
                + "days; 1 day with entries but no score of either pain (not recorded)");
        assertThat(listed("2024-03-09", "2024-03-12", "2024-03-16", "2024-03-20", "2024-03-27", "2024-04-02",
                "2024-04-10")).containsExactly(
                "2024-03-09,8,,3,,,simple_analgesic:Ibuprofen:2 x 400 mg,,,,,,",
                "2024-03-12,3,,10,migraine,,simple_analgesic:Ibuprofen:400 mg;triptan:Sumatriptan:50 mg,,,,,,"
                        + "\"poor sleep;stress at work, deadlines\"",
                "2024-03-20,5,,8,,,triptan:Sumatriptan:50 mg,,,,,,Föhn;poor sleep",
                "2024-03-27,5,,10,migraine,,\"triptan:Sumatriptan:2 x 50 mg (\"\"rescue\"\" dose)\",,,,,,"
                        + "\"stress at work, deadlines\"",
                "2024-04-10,3,,8,migraine,,triptan:Sumatriptan:50 mg,,,,,,");
    }

    @Test
    void flaredownBefore2021_plainDates_andItsDosesAreNotIntakesUnlessTheUserSaysSo() {
        var file = sample("flaredown", "sample-data-legacy-2020.csv").toString();
        assertThat(run("diary", "import", file, "--preview")).isEqualTo(Cli.OK);
        assertThat(out).contains("Flaredown (an export from before October 2021), 20 rows, 20 days with entries, "
                + "2020-10-05 to 2020-10-26.", "Ibuprofen (a medicine, on 15 days; this old export does not say "
                + "whether it was taken): not_used");
        assertThat(run("diary", "import", file)).as(err).isEqualTo(Cli.OK);
        assertThat(listed("2020-10-09", "2020-10-10", "2020-10-12", "2020-10-20")).containsExactly(
                "2020-10-09,8,,5,,,,,,,,,long drive", "2020-10-10,10,,0,,,,,,,,,", "2020-10-12,3,,0,,,,,,,,,");

        assertThat(run("diary", "import", file, "--on-conflict", "replace", "--map",
                "medication=Ibuprofen:simple_analgesic")).as(err).isEqualTo(Cli.OK);
        assertThat(listed("2020-10-10")).containsExactly("2020-10-10,10,,0,,,simple_analgesic:Ibuprofen:400 mg,,,,,,");
    }

    @Test
    void bearable_segmentsGiveTheDaysWorst_medicinesWithTheirTimes_factorsAndNotes() {
        var file = sample("bearable", "sample-Bearable_Export_20240418.csv").toString();
        assertThat(run("diary", "import", file)).isEqualTo(Cli.FAILED);
        assertThat(err).contains("16 days have a score of only one of the two pains (the first is 2024-03-04, "
                + "line 2); choose --one-pain skip", "Nothing was imported.");
        assertThat(run("diary", "import", file, "--one-pain", "skip")).as(err).isEqualTo(Cli.OK);
        assertThat(out).startsWith("imported 26 days;").contains("not used: Mood, on 49 rows; Energy, on 42 rows; "
                + "Sleep, on 42 rows; Sleep quality, on 42 rows; Nausea, on 4 days; 16 days with a score of only "
                + "one of the two pains (left out)");
        assertThat(listed("2024-03-09", "2024-03-12", "2024-03-16", "2024-03-27", "2024-03-28")).containsExactly(
                "2024-03-09,8,,3,,,simple_analgesic:Ibuprofen:400 mg:taken 09:30;simple_analgesic:Ibuprofen:400 mg:"
                        + "taken 19:45,,,\"Back stiff after the drive, \"\"only\"\" 3 h but no break, lying on the "
                        + "floor helped\",,,Heat pad;Sedentary",
                "2024-03-12,3,,8,migraine,,simple_analgesic:Ibuprofen:400 mg:taken 13:40;triptan:Sumatriptan:50 mg:"
                        + "taken 07:15,,,\"Migraine with aura, woke up with it; Föhn wind, sumatriptan helped after "
                        + "~1 h\",,,Poor sleep;Sedentary;Stressful day;Trouble falling asleep;Woke up often",
                "2024-03-27,5,,10,migraine,,triptan:Sumatriptan:50 mg:taken 22:10,,,\"Started in the evening, "
                        + "lasted past midnight\",,,Stressful day;Walk",
                "2024-03-28,3,,5,migraine,,simple_analgesic:Ibuprofen:400 mg:taken 07:30,,,,,,Sedentary");
    }

    @Test
    void bearableWithFormattedDates_givesTheSameDays() {
        var file = sample("bearable", "sample-8col-INFERRED-bearable-export.csv").toString();
        assertThat(run("diary", "import", file, "--one-pain", "zero")).as(err).isEqualTo(Cli.OK);
        var days = listed("2024-03-09", "2024-03-12", "2024-03-27", "2024-03-28");
        assertThat(days).hasSize(4);
        assertThat(days).extracting(line -> String.join(",", Arrays.asList(line.split(",")).subList(0, 7)))
                .containsExactly("2024-03-09,8,,3,,,simple_analgesic:Ibuprofen:400 mg:taken 09:30;simple_analgesic:"
                        + "Ibuprofen:400 mg:taken 19:45", "2024-03-12,3,,8,migraine,,simple_analgesic:Ibuprofen:400 "
                        + "mg:taken 13:40;triptan:Sumatriptan:50 mg:taken 07:15", "2024-03-27,5,,10,migraine,,"
                        + "triptan:Sumatriptan:50 mg:taken 22:10", "2024-03-28,3,,5,migraine,,simple_analgesic:"
                        + "Ibuprofen:400 mg:taken 07:30");
    }

    @Test
    void headi_episodesInTheGivenZone_headachesBecomeAttacks_onTheDayTheyStart() {
        var file = sample("headi", "sample-20240417_213005_headi_diary.csv").toString();
        assertThat(run("diary", "import", file, "--time-zone", "Europe/Zurich", "--one-pain", "skip")).as(err)
                .isEqualTo(Cli.OK);
        assertThat(out).startsWith("imported 13 days;");
        assertThat(listed("2024-03-09", "2024-03-12", "2024-03-16", "2024-03-23", "2024-03-27", "2024-03-28",
                "2024-04-06")).containsExactly(
                "2024-03-09,7,,3,,1.083333,simple_analgesic:Ibuprofen 400:× 2,,,\"After long drive, \"\"locked\"\" "
                        + "lower back, ice + rest\",,17:10;1h5m;3,",
                "2024-03-12,3,,8,migraine,11.75,triptan:Sumatriptan 50 mg:× 1:attack 1,,,\"Aura, then left-sided "
                        + "throbbing; Föhn\",,05:40;11h45m;8;migraine,",
                "2024-03-23,8,,2,,1.866667,simple_analgesic:Ibuprofen 400:× 3,,,\"Couldn't bend down.\n"
                        + "Physio exercises in the evening helped a bit\",,15:39;1h52m;2,",
                "2024-03-27,4,,9,migraine,6.583333,triptan:Sumatriptan 50 mg:× 1:attack 1,,,,,21:40;6h35m;9;"
                        + "migraine,",
                "2024-04-06,7,,2,,3.566667,simple_analgesic:Ibuprofen 400:× 1,,,,,17:18;3h34m;2,");

        assertThat(run("diary", "import", file, "--time-zone", "Europe/Zurich", "--one-pain", "zero",
                "--on-conflict", "skip")).as(err).isEqualTo(Cli.OK);
        assertThat(listed("2024-03-28")).containsExactly("2024-03-28,0,,5,,1.116667,,,,,,17:10;1h7m;5,");
    }

    @Test
    void headi_inAnotherZone_putsEpisodesOnTheLocalDayTheyStartThere() {
        var file = sample("headi", "sample-20240417_213005_headi_diary.csv").toString();
        assertThat(run("diary", "import", file, "--time-zone", "America/Los_Angeles", "--one-pain", "zero"))
                .as(err).isEqualTo(Cli.OK);
        assertThat(listed("2024-03-11")).singleElement().asString().startsWith("2024-03-11,3,,8,migraine,")
                .contains(" | 21:40;11h45m;8;migraine,");
        assertThat(listed("2024-03-12")).isEmpty();
    }

    @Test
    void privacyFriendlyPainDiary_isRefusedSayingWhy_andAnUnknownZoneOrFormatIsAUsageError() {
        var file = sample("privacy-friendly-pain-diary", "sample-en_US-04032024-17042024.csv").toString();
        assertThat(run("diary", "import", file)).isEqualTo(Cli.FAILED);
        assertThat(err).contains("Privacy Friendly Pain Diary", "released versions have no CSV export",
                "Nothing was imported.");
        var headi = sample("headi", "sample-20240417_213005_headi_diary.csv").toString();
        assertThat(run("diary", "import", headi, "--time-zone", "Mars/Olympus")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--time-zone: Mars/Olympus is not a time zone");
        assertThat(run("diary", "import", headi, "--format", "excel")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--format: excel is not headback, flaredown, bearable or headi");
        assertThat(run("diary", "import", headi, "--format", "bearable")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("line 1: the header is not Bearable's");
        assertThat(run("diary", "list")).isEqualTo(Cli.OK);
        assertThat(out.lines()).hasSize(1);
    }

    @Test
    void map_replacesTheProposalOfTheRolesItNames_andRefusesANameTheFileHasNot() {
        var file = sample("flaredown", "sample-data.csv").toString();
        assertThat(run("diary", "import", file, "--map", "headache=Headache", "--map", "factor=poor sleep",
                "--map", "medication=Ibuprofen:other", "--map", "not_used=Sumatriptan")).as(err).isEqualTo(Cli.OK);
        assertThat(listed("2024-03-12")).containsExactly("2024-03-12,3,,8,,,other:Ibuprofen:400 mg,,,,,,poor sleep");

        assertThat(run("diary", "import", file, "--map", "back_pain=Knee pain")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--map back_pain=Knee pain: the file has no “Knee pain”; it has “Lower back pain”, "
                + "“Migraine”, “Headache”, “Nausea”");
        assertThat(run("diary", "import", file, "--map", "medication=Headache")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("“Headache” is a score, which can be back_pain or headache or migraine or not_used");
        assertThat(run("diary", "import", file, "--map", "pain=Headache")).isEqualTo(Cli.USAGE);
        assertThat(run("diary", "import", file, "--map", "medication=Ibuprofen:aspirin")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("aspirin is not triptan, ergot, opioid");
    }

    @Test
    void headBacksOwnFile_takesNoMapping_andItsPreviewChangesNothing() throws Exception {
        var file = Files.writeString(files.resolve("days.csv"), "date,back_pain,headache\n"
                + "2024-03-01,2,3\n");
        assertThat(run("diary", "import", file.toString(), "--map", "back_pain=Back")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("days.csv is HeadBack's own CSV file: --map, --one-pain and --time-zone are for "
                + "other diaries' files");
        assertThat(run("diary", "import", file.toString(), "--preview")).isEqualTo(Cli.OK);
        assertThat(out.strip()).isEqualTo("days.csv: HeadBack's CSV. Would import 1 day.");
        assertThat(listed("2024-03-01")).isEmpty();
    }

    /** The listed rows of these days, in date order; a day not recorded has none. */
    private List<String> listed(String... dates) {
        assertThat(run("diary", "list")).isEqualTo(Cli.OK);
        var wanted = List.of(dates);
        var rows = out.replace("\r\n", "\n").split("\n(?=\\d{4}-\\d{2}-\\d{2},)");
        return Arrays.stream(rows).filter(row -> row.length() > 10 && wanted.contains(row.substring(0, 10)))
                .map(String::strip).toList();
    }
}
