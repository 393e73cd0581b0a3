package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.headback.diary.BackLocation;
import org.headback.diary.HeadacheKind;
import org.headback.diary.MedicationClass;
import org.headback.diary.WarningSign;
import org.headback.diary.WarningSigns;
import org.headback.text.Coded;
import org.junit.jupiter.api.Test;

/** The diary's commands, run as a user runs them, against a real data folder. */
class DiaryCliTest extends CliFolders {
    private final String yesterday = LocalDate.now().minusDays(1).toString();
    private final String today = LocalDate.now().toString();

    @Test
    void add_thenList_printsTheDayAsCsv() {
        assertThat(run("diary", "add", yesterday, "--back-pain", "4", "--headache", "6", "--headache-kind",
                "migraine", "--medication", "triptan:sumatriptan:50 mg", "--notes", "after, \"gardening\""))
                .isEqualTo(Cli.OK);
        assertThat(out.strip()).isEqualTo("added " + yesterday);

        assertThat(run("diary", "list")).isEqualTo(Cli.OK);
        assertThat(out).isEqualTo("date,back_pain,back_pain_location,headache,headache_kind,headache_hours,"
                + "medication,sleep_hours,stress,notes,warning_signs,attacks,factors\r\n" + yesterday
                + ",4,,6,migraine,,triptan:sumatriptan:50 mg,,,\"after, \"\"gardening\"\"\",,,\r\n");
    }

    @Test
    void add_ofTheUsualDay_withAnAttackAMedicinesDetailsAndTwoFactors_listsThemAll_headacheFromTheAttack() {
        assertThat(run("diary", "add", yesterday, "--back-pain", "6", "--attack", "14:00;3h;7;migraine",
                "--medication", "triptan:sumatriptan:50 mg:taken 14:30, attack 1, relief a_lot", "--factor",
                "Long drive", "--factor", "coffee")).as(err).isEqualTo(Cli.OK);

        run("diary", "list");
        assertThat(out).endsWith(yesterday + ",6,,7,migraine,3,\"triptan:sumatriptan:50 mg:taken 14:30, attack 1, "
                + "relief a_lot\",,,,,14:00;3h;7;migraine,coffee;Long drive\r\n");
    }

    @Test
    void add_withTwoAttacks_keepsBoth_andWithoutAttackOrHeadache_saysTheHeadacheIsMissing() {
        assertThat(run("diary", "add", yesterday, "--back-pain", "2", "--attack", "08:00;45m;4", "--attack",
                "21:30;2h;6;tension_type;no;;;stairs \\| lift")).as(err).isEqualTo(Cli.OK);
        run("diary", "list");
        assertThat(out).endsWith(",2,,6,tension_type,2.75,,,,,,08:00;45m;4 | 21:30;2h;6;tension_type;no;;;"
                + "stairs \\| lift,\r\n");

        assertThat(run("diary", "add", today, "--back-pain", "2")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: headache: is missing (a whole number from 0 to 10)");
    }

    @Test
    void add_withWarningSigns_listsThemInTheirColumn_andRefusesAnUnknownOne() {
        assertThat(run("diary", "add", yesterday, "--back-pain", "8", "--headache", "0", "--warning-sign",
                "worse_lying_down", "--warning-sign", "fever_chills")).isEqualTo(Cli.OK);
        run("diary", "list");
        assertThat(out).endsWith(yesterday + ",8,,0,,,,,,,fever_chills;worse_lying_down,,\r\n");

        assertThat(run("diary", "add", today, "--back-pain", "8", "--headache", "0", "--warning-sign", "dizzy"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: warning_signs: “dizzy” is not bowel_bladder_control, ");
        run("diary", "list");
        assertThat(out).doesNotContain(today);
    }

    @Test
    void addHelp_namesEveryWarningSignCode_inTheChecklistsOrder() {
        assertThat(run("diary", "add", "--help")).isEqualTo(Cli.OK);
        var help = out.replaceAll("\\s+", " ");
        var codes = WarningSigns.catalogue().all().stream().map(WarningSign::code).toList();
        assertThat(codes).hasSizeGreaterThan(1);
        assertThat(help).contains("the headache signs: " + String.join(", ", codes) + ".");
    }

    @Test
    void addHelp_namesTheCodesOfEveryPlaceKindAndMedicationClass() {
        assertThat(run("diary", "add", "--help")).isEqualTo(Cli.OK);
        var help = out.replaceAll("\\s+", " ");
        assertThat(help).contains("Where: " + codes(BackLocation.values()) + "; several")
                .contains("--headache-kind=KIND " + codes(HeadacheKind.values()) + ".")
                .contains("CLASS is one of " + codes(MedicationClass.values()) + ".");
    }

    private static String codes(Coded... values) {
        return Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", "));
    }

    @Test
    void add_outOfRangeSeverity_isAUsageErrorNamingTheField_andStoresNothing() {
        assertThat(run("diary", "add", yesterday, "--back-pain", "11", "--headache", "0")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: back_pain: 11 is not between 0 and 10");
        run("diary", "list");
        assertThat(out.lines()).hasSize(1);
    }

    @Test
    void add_dayThatDoesNotExistOrIsInTheFuture_isRefused() {
        assertThat(run("diary", "add", "2026-02-30", "--back-pain", "1", "--headache", "1")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: date: 2026-02-30 is not a date");
        var tomorrow = LocalDate.now().plusDays(1).toString();
        assertThat(run("diary", "add", tomorrow, "--back-pain", "1", "--headache", "1")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: date: " + tomorrow + " is in the future");
    }

    @Test
    void add_existingDay_needsReplace_andIsAFailureInOneLine_notAUsageError() {
        run("diary", "add", today, "--back-pain", "1", "--headache", "1");
        assertThat(run("diary", "add", today, "--back-pain", "2", "--headache", "2")).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("headback: " + today + " is already in the diary; use --replace to change it\n");
        assertThat(run("diary", "add", today, "--back-pain", "2", "--headache", "2", "--replace")).isEqualTo(Cli.OK);
        run("diary", "list");
        assertThat(out).contains(today + ",2,,2,");
    }

    @Test
    void import_printsImportedDays_andExportRoundTrips() throws Exception {
        var csv = Files.writeString(files.resolve("in.csv"), "date,back_pain,headache,notes\n" + yesterday
                + ",3,0,ok\n" + today + ",0,5,\"line one\nline two\"\n", StandardCharsets.UTF_8);
        assertThat(run("diary", "import", csv.toString())).isEqualTo(Cli.OK);
        assertThat(out.strip()).isEqualTo("imported 2 days");

        var exported = files.resolve("out.csv");
        assertThat(run("diary", "export", exported.toString(), "--from", today)).isEqualTo(Cli.OK);
        assertThat(out.strip()).isEqualTo("exported 1 day to " + exported);
        assertThat(Files.readString(exported)).contains("\"line one\nline two\"");
    }

    @Test
    void import_badRow_exitsOneWithLineAndColumn_andChangesNothing() throws Exception {
        run("diary", "add", yesterday, "--back-pain", "7", "--headache", "7");
        var csv = Files.writeString(files.resolve("bad.csv"), "date,back_pain,headache\n" + today + ",1,1\n"
                + "2026-01-05,1,14\n", StandardCharsets.UTF_8);
        assertThat(run("diary", "import", csv.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("headback: bad.csv, line 3, headache: 14 is not between 0 and 10\n");
        run("diary", "list");
        assertThat(out.lines()).hasSize(2).last().asString().startsWith(yesterday + ",7,");
    }

    @Test
    void import_spreadsheetFiles_semicolonsAndUtf16_areRead() throws Exception {
        var german = Files.write(files.resolve("de.csv"), ("\uFEFFdate;back_pain;headache;sleep_hours\r\n"
                + yesterday + ";3;1;7,5\r\n").getBytes(StandardCharsets.UTF_8));
        var unicodeText = Files.write(files.resolve("unicode.txt"), ("\uFEFFdate\tback_pain\theadache\r\n"
                + today + "\t2\t2\r\n").getBytes(StandardCharsets.UTF_16LE));
        assertThat(run("diary", "import", german.toString())).isEqualTo(Cli.OK);
        assertThat(run("diary", "import", unicodeText.toString())).isEqualTo(Cli.OK);
        run("diary", "list");
        assertThat(out).contains(yesterday + ",3,,1,,,,7.5,", today + ",2,,2,");
    }

    @Test
    void import_windows1252File_exitsOneWithLineColumnAndByte_andChangesNothing() throws Exception {
        var csv = Files.write(files.resolve("w.csv"), ("date,back_pain,headache,notes\r\n" + today
                + ",1,1,caf\u00e9\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(run("diary", "import", csv.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("headback: w.csv, line 2, notes: the text is not UTF-8 (byte 0xE9 after “caf”); "
                + "Excel's plain CSV format writes letters such as é another way: save the file as CSV UTF-8 (in "
                + "other programs, choose the encoding UTF-8)\n");
        run("diary", "list");
        assertThat(out.lines()).hasSize(1);
    }

    @Test
    void import_conflicts_nameTheFirstSuchDayOfTheFile_andItsLine() throws Exception {
        var earlier = LocalDate.parse(yesterday).minusDays(1).toString();
        run("diary", "add", earlier, "--back-pain", "7", "--headache", "7");
        run("diary", "add", today, "--back-pain", "7", "--headache", "7");
        var csv = Files.writeString(files.resolve("c.csv"), "date,back_pain,headache\n" + yesterday + ",1,1\n"
                + today + ",2,2\n" + earlier + ",3,3\n", StandardCharsets.UTF_8);
        assertThat(run("diary", "import", csv.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: c.csv: 2 days are already in the diary (the first is " + today
                + ", line 3); nothing was imported. Choose to skip or replace them.");
    }

    @Test
    void import_conflicts_failByDefault_skipOrReplaceOnRequest() throws Exception {
        run("diary", "add", yesterday, "--back-pain", "7", "--headache", "7");
        var csv = Files.writeString(files.resolve("c.csv"), "date,back_pain,headache\n" + yesterday + ",1,1\n"
                + today + ",2,2\n", StandardCharsets.UTF_8);
        assertThat(run("diary", "import", csv.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("1 day is already in the diary (the first is " + yesterday + ", line 2)");

        assertThat(run("diary", "import", csv.toString(), "--on-conflict", "skip")).isEqualTo(Cli.OK);
        assertThat(out.strip()).isEqualTo("imported 1 day; skipped 1 day already in the diary");
        assertThat(run("diary", "import", csv.toString(), "--on-conflict", "replace")).isEqualTo(Cli.OK);
        run("diary", "list", "--from", yesterday, "--to", yesterday);
        assertThat(out).contains(yesterday + ",1,,1,");
        assertThat(run("diary", "import", csv.toString(), "--on-conflict", "merge")).isEqualTo(Cli.USAGE);
    }

    @Test
    void diaryWithoutSubcommand_isAUsageError() {
        assertThat(run("diary")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("add, import, export or list");
        assertThat(run("diary", "add", "--help")).isEqualTo(Cli.OK);
        assertThat(out).contains("--back-pain");
    }

    @Test
    void add_aDateThatLooksLikeAnOption_isReadAsADate_andAnUnknownOptionStillRefused() {
        assertThat(run("diary", "add", "-0001-01-01", "--back-pain", "1", "--headache", "1")).isEqualTo(Cli.USAGE);
        assertThat(err.lines().findFirst()).contains("headback: date: “-0001-01-01” is not a date written as "
                + "yyyy-MM-dd");
        assertThat(run("diary", "add", "--back-pain", "1", "--headache", "1", "-2026-01-01")).isEqualTo(Cli.USAGE);
        assertThat(err.lines().findFirst()).contains("headback: date: “-2026-01-01” is not a date written as "
                + "yyyy-MM-dd");
        assertThat(run("diary", "add", "--bogus", "--back-pain", "1", "--headache", "1")).isEqualTo(Cli.USAGE);
        assertThat(err.lines().findFirst()).contains("headback: Unknown option: '--bogus'");
        assertThat(run("diary", "add", yesterday, "--back-pain", "1", "--headache", "1", "-x")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: Unknown option: '-x'");
        run("diary", "list");
        assertThat(out).doesNotContain(yesterday);
    }

    @Test
    void helpAboutACommandThatIsNot_namesTheCommandsThereAre() {
        assertThat(run("diary", "help", "remove")).isEqualTo(Cli.USAGE);
        assertThat(err.lines().findFirst()).contains("headback: Unknown command: 'remove'; the commands of diary "
                + "are: add, import, export, list, help.");
    }
}
