package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.headback.cli.Cli;
import org.headback.diary.ConflictMode;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.ImportPlan;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.work.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An export, a chart or a report stopped half-way by SIGKILL or SIGTERM: the earlier file stays, a kill's half-written
 * file is removed at the next start of HeadBack (any command, or the window), SIGTERM leaves none at all, and a file
 * that another program is still writing is never removed.
 */
class InterruptedOutputTest {
    private static final String EARLIER = "the earlier file\n";

    @TempDir
    Path dataDir;
    @TempDir
    Path exports;
    @TempDir
    Path scratch;

    @BeforeEach
    void recordDays() {
        var clock = Clock.systemDefaultZone();
        var today = LocalDate.now(clock);
        var days = IntStream.range(0, 200).mapToObj(i -> DayEntry.on(today.minusDays(i)).backPain(i % 11)
                .headache(i % 7).notes("note " + i).build()).toList();
        try (var database = Database.open(dataDir)) {
            new Diary(new SqliteDiaryStore(database, clock), clock).importDays(new ImportPlan("days.csv", days,
                    List.of()), ConflictMode.FAIL, Progress.NONE);
        }
    }

    private ChildProcess writer(Path target) {
        return ChildProcess.start(scratch, List.of(), OutputChild.class, dataDir.toString(), target.toString());
    }

    /** The files being written beside the targets. */
    private List<Path> partialFiles() throws IOException {
        try (Stream<Path> files = Files.list(exports)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".headback-")).toList();
        }
    }

    private List<Path> recordedWrites() throws IOException {
        var journal = dataDir.resolve("partial-files");
        if (!Files.isDirectory(journal)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(journal)) {
            return entries.toList();
        }
    }

    /** Any command of HeadBack's, as the next start. */
    private void startHeadBack() {
        var out = new StringWriter();
        int code = new Cli(new PrintWriter(out), new PrintWriter(out), dir -> { })
                .run("--data-dir", dataDir.toString(), "diary", "list");
        assertThat(code).as(out.toString()).isEqualTo(Cli.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"diary.csv", "chart.png", "report.pdf", "report.report.png"})
    void killedHalfWay_leavesTheEarlierFile_andTheNextStartRemovesTheHalfWrittenOne(String name) throws Exception {
        var target = Files.writeString(exports.resolve(name), EARLIER);
        try (var child = writer(target)) {
            child.require("writing", "the child writing " + name);
            child.kill();
        }
        assertThat(partialFiles()).as("what the kill left").hasSize(1)
                .allSatisfy(file -> assertThat(Files.size(file)).isGreaterThanOrEqualTo(1000));
        assertThat(recordedWrites()).hasSize(1);
        assertThat(target).hasContent(EARLIER);

        startHeadBack();

        assertThat(partialFiles()).isEmpty();
        assertThat(recordedWrites()).isEmpty();
        assertThat(target).hasContent(EARLIER);
    }

    @Test
    void aFileAnotherProgramIsStillWriting_isNotRemovedByAStart() throws Exception {
        var target = Files.writeString(exports.resolve("diary.csv"), EARLIER);
        try (var child = writer(target)) {
            child.require("writing", "the child writing the export");
            startHeadBack();
            assertThat(partialFiles()).as("still being written by a running program").hasSize(1);
            assertThat(recordedWrites()).hasSize(1);
            child.kill();
        }
        startHeadBack();
        assertThat(partialFiles()).isEmpty();
        assertThat(recordedWrites()).isEmpty();
    }

    /** The same code moves every kind of file into place (the kill test above tries them all), so two kinds do. */
    @ParameterizedTest
    @ValueSource(strings = {"diary.csv", "report.report.png"})
    void stoppedWithSigterm_halfWay_leavesNoPartialFile(String name) throws Exception {
        var target = Files.writeString(exports.resolve(name), EARLIER);
        try (var child = writer(target)) {
            child.require("writing", "the child writing " + name);
            assertThat(partialFiles()).as("being written").hasSize(1);
            assertThat(child.stop()).as("exit code after SIGTERM").isEqualTo(128 + 15);
        }
        assertThat(partialFiles()).isEmpty();
        assertThat(recordedWrites()).isEmpty();
        assertThat(target).hasContent(EARLIER);
    }
}
