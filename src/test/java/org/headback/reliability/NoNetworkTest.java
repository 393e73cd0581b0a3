package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HeadBack opens no network connection: its main flows run in a child process whose security manager refuses and
 * records every attempt to use the network (see {@link NoNetworkChild}), and none may be recorded. A probe that does
 * open a socket shows that an attempt would be caught.
 */
class NoNetworkTest {
    private static final List<String> GUARD = List.of("-Djava.security.manager=allow");
    private static final List<String> HEADLESS_WINDOW = List.of("-Djava.security.manager=allow",
            "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
            "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true");

    @TempDir
    Path dataDir;
    @TempDir
    Path scratch;

    private static List<String> run(ChildProcess child) throws Exception {
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("the child ended by itself").isZero();
        return child.allLines();
    }

    @Test
    void probe_aConnectionAttemptIsCaught() throws Exception {
        try (var child = ChildProcess.start(scratch, GUARD, NoNetworkChild.class, "probe")) {
            var lines = run(child);
            assertThat(lines).anyMatch(line -> line.startsWith("refused: HeadBack must not use the network"));
            assertThat(lines).contains("network attempts: 1");
        }
    }

    @Test
    void commandLineFlows_attemptNoConnection() throws Exception {
        var days = new StringBuilder("date,back_pain,headache,notes\n");
        for (int i = 1; i <= 90; i++) {
            days.append(LocalDate.now().minusDays(i)).append(',').append(i % 4).append(',').append(i % 3)
                    .append(",day ").append(i).append('\n');
        }
        var csv = Files.writeString(scratch.resolve("days.csv"), days);
        var article = Files.writeString(scratch.resolve("posture.md"), "# Posture and Headaches\n\n"
                + "Sitting for long hours strains the neck. [More](https://example.org/more) ![x](https://x.org/i.png)\n");
        var commands = List.of("articles", "article\tcan-back-pain-cause-migraines", "add-article\t" + article,
                "diary\timport\t" + csv, "diary\tadd\t" + LocalDate.now() + "\t--back-pain\t2\t--headache\t1",
                "diary\tlist", "diary\texport\t" + scratch.resolve("out.csv"), "stats", "stats\t--json",
                "chart\ttogether\t--out\t" + scratch.resolve("together.png"),
                "chart\tmonths\t--out\t" + scratch.resolve("months.png"),
                "chart\tcalendar\t--out\t" + scratch.resolve("calendar.png"),
                "chart\tcooccurrence\t--out\t" + scratch.resolve("cooccurrence.png"),
                "report\t--out\t" + scratch.resolve("report.pdf"), "report\t--out\t" + scratch.resolve("report.png"),
                "remove-article\tposture-and-headaches", "help");
        var args = new java.util.ArrayList<>(List.of("cli", dataDir.toString()));
        args.addAll(commands);
        try (var child = ChildProcess.start(scratch, GUARD, NoNetworkChild.class, args.toArray(String[]::new))) {
            var lines = run(child);
            assertThat(lines.stream().filter(line -> line.startsWith("exit "))).as(lines.toString())
                    .hasSize(commands.size()).allMatch(line -> line.startsWith("exit 0: "));
            System.out.println("NoNetworkTest command line: " + lines.stream().filter(line -> line.startsWith("network")
                    || line.startsWith("own name")).toList());
            assertThat(lines).as(lines.toString()).contains("network attempts: 0");
            assertOwnNameLookupsOnlyFromTheJdksFontSetup(lines);
        }
        assertThat(scratch.resolve("cooccurrence.png")).isNotEmptyFile();
        assertThat(scratch.resolve("report.pdf")).isNotEmptyFile();
    }

    @Test
    void windowStart_attemptsNoConnection() throws Exception {
        try (var child = ChildProcess.start(scratch, HEADLESS_WINDOW, NoNetworkChild.class, "window",
                dataDir.toString())) {
            var lines = run(child);
            System.out.println("NoNetworkTest window: " + lines.stream().filter(line -> line.startsWith("network")
                    || line.startsWith("own name")).toList());
            assertThat(lines).as(lines.toString()).contains("window started", "network attempts: 0");
            assertOwnNameLookupsOnlyFromTheJdksFontSetup(lines);
        }
    }

    /** The JDK's font setup may ask for this machine's own name; nothing else may look up a name. */
    private static void assertOwnNameLookupsOnlyFromTheJdksFontSetup(List<String> lines) {
        var lookups = lines.stream().filter(line -> line.startsWith("own name lookups: ")).findFirst().orElseThrow();
        if (!lookups.startsWith("own name lookups: 0")) {
            assertThat(lookups.substring(lookups.indexOf('['))).as(lookups)
                    .matches("\\[(\\[sun\\.font\\.FcFontConfiguration\\.[^]]*\\](, )?)+\\]");
        }
    }

    @Test
    void hostNames_asTheLauncherSetsUpTheJdk_areNeverAskedOfTheNetwork() throws Exception {
        try (var child = ChildProcess.start(scratch, List.of(), NoNetworkChild.class, "resolve")) {
            var lines = run(child).stream().filter(line -> line.contains("resolve")).toList();
            assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line)
                    .startsWith("not resolved: ").endsWith("in hosts file /dev/null"));
        }
    }
}
