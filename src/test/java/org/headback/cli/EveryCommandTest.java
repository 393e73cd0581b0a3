package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.headback.testing.Pom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command and subcommand, and every typed option, found from the command line's own model, so that a command
 * or option added later is checked too: the usage help renders cleanly, and a value of the wrong form is refused in
 * plain words that name the option.
 */
class EveryCommandTest {
    @TempDir
    Path dataDir;

    /** A command, as the words that call it, and one of its typed options, or a typed parameter (no option). */
    record Typed(List<String> command, Optional<String> option, String name, Class<?> type) {
        @Override
        public String toString() {
            return String.join(" ", command) + " " + name;
        }

        /** A value of the wrong form, and what must be said about it. */
        String[] bad() {
            if (type == LocalDate.class) {
                return new String[] {"2026-1-1", "2026-1-1 is not a date in the form yyyy-MM-dd"};
            }
            if (type == LocalTime.class) {
                return new String[] {"25:00", "25:00 is not a time of day in the form HH:MM"};
            }
            if (type == Path.class) {
                return new String[] {"bad\0name", "bad\\0name is not a file name this system accepts"};
            }
            return new String[] {"abc", "abc is not a whole number"};
        }
    }

    private static final List<Class<?>> TYPED = List.of(LocalDate.class, LocalTime.class, int.class, Integer.class,
            Path.class);

    private static CommandLine model() {
        return new CommandLine(new HeadBackCommand(dir -> { }));
    }

    static Stream<List<String>> commands() {
        var found = new ArrayList<List<String>>();
        collect(model(), List.of(), found);
        return found.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> found) {
        found.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            var longer = new ArrayList<>(path);
            longer.add(name);
            collect(sub, longer, found);
        });
    }

    private static CommandLine at(List<String> path) {
        var command = model();
        for (var name : path) {
            command = command.getSubcommands().get(name);
        }
        return command;
    }

    static Stream<Typed> typedOptions() {
        return commands().flatMap(path -> {
            var spec = at(path).getCommandSpec();
            var options = spec.options().stream().filter(option -> TYPED.contains(option.type()))
                    .map(option -> new Typed(path, Optional.of(option.longestName()), option.longestName(),
                            option.type()));
            var parameters = spec.positionalParameters().stream()
                    .filter(parameter -> TYPED.contains(parameter.type()))
                    .map(parameter -> new Typed(path, Optional.empty(), parameter.paramLabel(), parameter.type()));
            return Stream.concat(options, parameters);
        });
    }

    @ParameterizedTest(name = "headback {0} --help")
    @MethodSource("commands")
    void usageHelp_ofEveryCommand_rendersWithoutAWarningOrAStackTrace(List<String> path) {
        var args = new ArrayList<>(path);
        args.add("--help");
        var systemErr = System.err;
        var captured = new ByteArrayOutputStream();
        CliRun run;
        // picocli warns on System.err, not on the command line's own writer.
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.of(dir -> { }, args.toArray(String[]::new));
        } finally {
            System.setErr(systemErr);
        }
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Usage: headback" + (path.isEmpty() ? "" : " " + String.join(" ", path)))
                .doesNotContain("%n", "\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedOptions")
    void everyTypedOption_refusesAValueOfTheWrongForm_inPlainWordsNamingIt(Typed typed) {
        var bad = typed.bad();
        var args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(typed.command());
        typed.option().ifPresent(args::add);
        args.add(bad[0]);
        var run = CliRun.of(dir -> { }, args.toArray(String[]::new));

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.USAGE);
        assertThat(run.err().lines().findFirst()).get(InstanceOfAssertFactories.STRING)
                .startsWith("headback: " + typed.name() + ": " + bad[1]);
        assertThat(run.err()).doesNotContain("Exception", "java.", "LocalDate", "'int'", "\tat ");
    }

    @Test
    void theOptionsChecked_includeEveryKindOfTypedOption() {
        assertThat(typedOptions().map(Typed::toString)).contains("stats --from", "diary export --to",
                "report --back-threshold", "chart --width", "chart --height", "chart --out", "diary import FILE",
                "add-article FILE", "reminder on --at");
        assertThat(commands()).contains(List.of(), List.of("diary", "add"), List.of("help"));
    }

    @Test
    void aNumberTooLarge_isSaidSo() {
        var run = CliRun.in(dataDir, "chart", "together", "--width", "99999999999");
        assertThat(run.err().lines().findFirst()).contains("headback: --width: 99999999999 is far too large");
    }

    /** The commands a user asks help about: every one but help itself. */
    static Stream<List<String>> describedCommands() {
        return commands().filter(path -> path.isEmpty() || !path.get(path.size() - 1).equals("help"));
    }

    /** The ways to ask for a command's help: {@code X Y --help}, {@code help X Y}, and {@code X help Y}. */
    private static List<List<String>> waysToAskHelp(List<String> path) {
        var ways = new ArrayList<List<String>>();
        var dashHelp = new ArrayList<>(path);
        dashHelp.add("--help");
        ways.add(dashHelp);
        var help = new ArrayList<>(List.of("help"));
        help.addAll(path);
        ways.add(help);
        if (path.size() >= 1) {
            var parentHelp = new ArrayList<>(path.subList(0, path.size() - 1));
            parentHelp.add("help");
            parentHelp.add(path.get(path.size() - 1));
            ways.add(parentHelp);
        }
        return ways;
    }

    @ParameterizedTest(name = "headback {0}")
    @MethodSource("describedCommands")
    void help_ofEveryCommand_askedEveryWay_isItsOwn_andNamesEachOfItsOptions(List<String> path) {
        var spec = at(path).getCommandSpec();
        for (var way : waysToAskHelp(path)) {
            var run = CliRun.of(dir -> { }, way.toArray(String[]::new));
            assertThat(run.code()).as(String.join(" ", way) + ": " + run.err()).isEqualTo(Cli.OK);
            assertThat(run.out()).as(String.join(" ", way)).startsWith("Usage: headback"
                    + (path.isEmpty() ? " " : " " + String.join(" ", path) + " "));
            for (var option : spec.options()) {
                assertThat(run.out()).as(String.join(" ", way)).contains(option.longestName());
            }
            for (var parameter : spec.positionalParameters()) {
                assertThat(run.out()).as(String.join(" ", way)).contains(parameter.paramLabel());
            }
        }
    }

    @ParameterizedTest(name = "headback {0} --version")
    @MethodSource("describedCommands")
    void version_isPrinted_atEveryLevel(List<String> path) {
        var args = new ArrayList<>(path);
        args.add("--version");
        var run = CliRun.of(dir -> { }, args.toArray(String[]::new));
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).isEqualTo("HeadBack " + Pom.version() + System.lineSeparator());
    }

    @ParameterizedTest(name = "headback {0}")
    @MethodSource("commands")
    void descriptions_areWholeSentences_theFirstOneShortAsCommandListsShowIt(List<String> path) {
        var spec = at(path).getCommandSpec();
        var description = spec.usageMessage().description();
        assertThat(description).as("a description").isNotEmpty();
        assertThat(description[0].length()).as(description[0]).isLessThanOrEqualTo(70);
        var texts = new ArrayList<>(List.of(description));
        spec.options().forEach(option -> texts.addAll(List.of(option.description())));
        spec.positionalParameters().forEach(parameter -> texts.addAll(List.of(parameter.description())));
        for (var text : texts) {
            assertThat(text).as("every line of help ends a sentence").matches("(?s).*[.)]");
        }
    }
}
