package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.headback.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health data never goes to the system's temporary folder: a child process runs the commands that write the user's
 * files (the report as PNG and PDF, a chart, a CSV export) with {@code java.io.tmpdir} set to an empty folder that
 * the test watches, and every file made there while they run is recorded, however briefly it lived.
 */
class TemporaryFolderTest {
    /**
     * The Java runtime's own copies of the bundled fonts ({@code Font.createFont} from a stream copies the font into
     * a file), which the PNG report draws its text with: the same bytes as the font files in the jar, nothing of the
     * user's, removed when the program ends.
     */
    private static final String FONT_COPY = "\\+~JF\\d+\\.tmp";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    @TempDir
    Path temporary;
    @TempDir
    Path scratch;

    /** Runs HeadBack's commands, each given as one argument with its words separated by tabs. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) {
            var err = new PrintWriter(System.out, true);
            for (var command : args) {
                int code = new Cli(err, err, dir -> { }).run(command.split("\t"));
                System.out.println("exit " + code + ": " + command.replace('\t', ' '));
            }
            System.out.println("done");
        }
    }

    @Test
    void writingTheUsersFiles_makesNoFileOfTheirsInTheTemporaryFolder() throws Exception {
        var days = Files.writeString(files.resolve("days.csv"), SixtyDaysOfPain.csv());
        var data = "--data-dir\t" + dataDir + "\t";
        var commands = List.of(data + "diary\timport\t" + days, data + "report\t--out\t" + files.resolve("r.png"),
                data + "report\t--out\t" + files.resolve("r.pdf"), data + "chart\ttogether\t--out\t"
                + files.resolve("c.png"), data + "diary\texport\t" + files.resolve("d.csv"));
        var made = new CopyOnWriteArrayList<String>();
        try (var watcher = FileSystems.getDefault().newWatchService()) {
            temporary.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            var watching = new Thread(() -> record(watcher, made), "temporary-folder-watch");
            watching.start();
            List<String> lines;
            var jvm = List.of("-Djava.io.tmpdir=" + temporary);
            try (var child = ChildProcess.start(scratch, jvm, Child.class, commands.toArray(String[]::new))) {
                child.require("done", "the commands");
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isZero();
                lines = child.allLines();
            }
            Thread.sleep(200);
            watcher.close();
            watching.join(5000);
            assertThat(lines).filteredOn(line -> line.startsWith("exit ")).hasSize(commands.size())
                    .allMatch(line -> line.startsWith("exit 0: "), String.join("\n", lines));
        }
        System.out.println("TemporaryFolderTest: " + made.size() + " files made in the temporary folder: " + made);
        assertThat(made).as("files made in the temporary folder").allMatch(name -> name.matches(FONT_COPY));
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).as("left in the temporary folder").isEmpty();
        }
    }

    private static void record(WatchService watcher, List<String> made) {
        try {
            while (true) {
                var key = watcher.take();
                for (var event : key.pollEvents()) {
                    made.add(String.valueOf(event.context()));
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            return;
        }
    }

    /** Sixty recorded days ending yesterday, for a report with every section. */
    private static final class SixtyDaysOfPain {
        static String csv() {
            var today = java.time.LocalDate.now();
            var csv = new StringBuilder("date,back_pain,headache,notes\n");
            for (int i = 60; i >= 1; i--) {
                csv.append(today.minusDays(i)).append(',').append(i % 3 == 0 ? 0 : 5).append(',')
                        .append(i % 4 == 0 ? 0 : 6).append(",note ").append(i).append('\n');
            }
            return csv.toString();
        }
    }
}
