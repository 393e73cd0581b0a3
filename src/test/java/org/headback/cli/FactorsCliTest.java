package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.headback.diary.SuggestedFactors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code factors}: the yes/no factors, listed, added, renamed, hidden and shown, against a real data folder. */
class FactorsCliTest extends CliFolders {
    private final String yesterday = LocalDate.now().minusDays(1).toString();
    private final String today = LocalDate.now().toString();

    private void tick(String date, String... factors) {
        var args = new ArrayList<>(List.of("diary", "add", date, "--back-pain", "3",
                "--headache", "0"));
        for (var factor : factors) {
            args.add("--factor");
            args.add(factor);
        }
        assertThat(run(args.toArray(String[]::new))).as(err).isEqualTo(Cli.OK);
    }

    /**
     * A factor's name given empty, or holding the {@code ;} that separates names, on the command line, where each
     * {@code --factor} is one name: refused as that name, nothing saved (in a CSV cell an empty item between two
     * {@code ;} is no name at all).
     */
    @ParameterizedTest(name = "--factor \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "''         | factors: a factor's name is empty",
        "'  '       | factors: a factor's name is empty",
        "coffee;tea | factors: the factor name “coffee;tea” cannot contain ;"})
    void diaryAdd_refusesAFactorNameThatIsEmptyOrHoldsTheSeparator_andSavesNothing(String name, String message) {
        assertThat(run("diary", "add", yesterday, "--back-pain", "3", "--headache", "3", "--factor", "coffee",
                "--factor", name)).as(err).isEqualTo(Cli.USAGE);
        assertThat(err.lines().findFirst()).contains("headback: " + message);

        run("diary", "list");
        assertThat(out.lines()).as("the header alone").hasSize(1);
    }

    @Test
    void aGroupGivenNoCommand_namesItsCommands_inTheOrderItsHelpListsThem() {
        assertThat(run("factors")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: Which factors command? list, add, rename, hide, show or suggested.");
        assertThat(run("diary")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: Which diary command? add, import, export or list.");
    }

    @Test
    void list_saysEachFactorsEffect_shownOrHidden_knownFromDay_andDaysTicked() {
        tick(yesterday, "coffee");
        tick(today, "Coffee", "stairs");
        assertThat(run("factors", "add", "heat pad", "--effect", "eases_back_pain")).isEqualTo(Cli.OK);
        assertThat(out.strip()).isEqualTo("added the factor heat pad");
        run("factors", "hide", "STAIRS");

        assertThat(run("factors", "list")).isEqualTo(Cli.OK);
        assertThat(out.lines()).containsExactly(
                "coffee\tnone\tshown\tknown from " + yesterday + "\tticked on 2 days",
                "stairs\tnone\thidden\tknown from " + today + "\tticked on 1 day",
                "heat pad\teases_back_pain\tshown\tnever ticked\tticked on no day");
    }

    @Test
    void aRenamedFactor_keepsItsDays() {
        tick(yesterday, "coffee");

        assertThat(run("factors", "rename", "COFFEE", "Espresso")).isEqualTo(Cli.OK);
        assertThat(out.strip()).isEqualTo("renamed the factor COFFEE to Espresso");

        run("diary", "list");
        assertThat(out).endsWith(",,Espresso\r\n");
        run("factors", "list");
        assertThat(out.lines()).containsExactly("Espresso\tnone\tshown\tknown from " + yesterday
                + "\tticked on 1 day");
    }

    @Test
    void aHiddenFactor_keepsItsDays_diaryExportStillWritesThem_andShowBringsItBack() throws Exception {
        tick(yesterday, "long drive");
        assertThat(run("factors", "hide", "Long Drive")).isEqualTo(Cli.OK);
        var file = files.resolve("days.csv");

        assertThat(run("diary", "export", file.toString())).as(err).isEqualTo(Cli.OK);
        assertThat(Files.readString(file)).endsWith(",,long drive\r\n");
        run("factors", "list");
        assertThat(out).contains("long drive\tnone\thidden\t");

        assertThat(run("factors", "show", "long drive")).isEqualTo(Cli.OK);
        run("factors", "list");
        assertThat(out).contains("long drive\tnone\tshown\t");
    }

    @Test
    void suggested_listsEverySuggestionWithItsSource_andAddSuggestedSwitchesOneOn() {
        assertThat(run("factors", "suggested")).isEqualTo(Cli.OK);
        var suggestions = SuggestedFactors.catalogue().all();
        assertThat(out.lines()).hasSameSizeAs(suggestions);
        var exercise = SuggestedFactors.catalogue().find("exercise").orElseThrow();
        assertThat(out.lines()).contains("exercise\t" + exercise.factor().name() + "\t"
                + exercise.factor().effect().code() + "\t" + exercise.source());

        assertThat(run("factors", "add", "--suggested", "exercise")).isEqualTo(Cli.OK);
        run("factors", "list");
        assertThat(out.lines()).containsExactly(exercise.factor().name() + "\t" + exercise.factor().effect().code()
                + "\tshown\tnever ticked\tticked on no day");
    }

    @Test
    void refusals_sayWhatIsWrong_inWords_andChangeNothing() {
        tick(yesterday, "coffee", "tea");

        assertThat(run("factors", "add", "COFFEE")).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: factors: “COFFEE” is a factor already");
        assertThat(run("factors", "rename", "tea", "Coffee")).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: factors: “Coffee” is the name of another factor");
        assertThat(run("factors", "rename", "milk", "oat milk")).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: factors: there is no factor “milk”");
        assertThat(run("factors", "hide", "milk")).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: factors: there is no factor “milk”");
        assertThat(run("factors", "show", "milk")).isEqualTo(Cli.FAILED);

        assertThat(run("factors", "add", "")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: factors: a factor's name is empty");
        assertThat(run("factors", "add", "n".repeat(200))).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: factors: the factor name “" + "n".repeat(40) + "…” is longer than 60");
        assertThat(run("factors", "add", "bell\u0007")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: factors: the factor name “bell�” contains a control character");
        assertThat(run("factors", "rename", "tea", " ")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: factors: a factor's name is empty");
        assertThat(run("factors", "add", "sauna", "--effect", "relaxing")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: --effect: relaxing is not none, eases_back_pain or worsens_back_pain");
        assertThat(run("factors", "add", "--suggested", "sauna")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: --suggested: sauna is not one of stress, ");
        assertThat(run("factors", "add", "--suggested", "exercise", "--effect", "none")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: --effect: a suggested factor has its own effect");

        run("factors", "list");
        assertThat(out.lines()).containsExactlyInAnyOrder(
                "coffee\tnone\tshown\tknown from " + yesterday + "\tticked on 1 day",
                "tea\tnone\tshown\tknown from " + yesterday + "\tticked on 1 day");
    }
}
