package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final List<Path> windowsOpened = new ArrayList<>();
    private String out;
    private String err;

    private int run(String... args) {
        var result = CliRun.of(windowsOpened::add, args);
        out = result.out();
        err = result.err();
        return result.code();
    }

    private int runIn(String... args) {
        var all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void noArguments_opensTheWindowOnTheChosenDataFolder() {
        assertThat(runIn()).isEqualTo(Cli.OK);
        assertThat(windowsOpened).containsExactly(dataDir.toAbsolutePath());
    }

    @Test
    void articles_listsEachArticleWithIdTitleAndWordCount() {
        assertThat(runIn("articles")).isEqualTo(Cli.OK);
        var lines = out.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines).allSatisfy(line -> assertThat(line).matches("[a-z0-9-]+\t[^\t]+\t\\d+"));
        assertThat(err).isEmpty();
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void dataDirOption_worksAfterTheCommandToo() {
        assertThat(run("articles", "--data-dir", dataDir.toString())).isEqualTo(Cli.OK);
        assertThat(Files.exists(dataDir.resolve("headback.db"))).isTrue();
    }

    @Test
    void article_printsTitleHeadingsListsAndParagraphsAsPlainText() {
        runIn("articles");
        var firstLine = out.lines().findFirst().orElseThrow().split("\t");
        assertThat(runIn("article", firstLine[0])).isEqualTo(Cli.OK);
        assertThat(out).startsWith("# " + firstLine[1] + "\n\n");
        assertThat(out).doesNotContain("\n\n\n").endsWith("\n");
    }

    @Test
    void addArticle_printsTheNewId_andTheArticleIsListedAndPrintable() throws Exception {
        var file = Files.writeString(files.resolve("sleep.md"),
                "# Sleep and Pain\n\nPoor sleep makes both back pain and headaches worse.\n\n- keep regular hours\n",
                StandardCharsets.UTF_8);
        assertThat(runIn("add-article", file.toString())).isEqualTo(Cli.OK);
        assertThat(out.strip()).isEqualTo("sleep-and-pain");

        runIn("articles");
        assertThat(out.lines()).hasSize(6).last().asString().startsWith("sleep-and-pain\tSleep and Pain\t");
        runIn("article", "sleep-and-pain");
        assertThat(out).isEqualTo("# Sleep and Pain\n\nPoor sleep makes both back pain and headaches worse.\n\n"
                + "- keep regular hours\n");
    }

    @Test
    void addArticle_binaryFile_failsWithAClearMessageAndNoStackTrace() throws Exception {
        var file = Files.write(files.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
        assertThat(runIn("add-article", file.toString())).isEqualTo(Cli.FAILED);
        assertThat(err)
                .isEqualTo("headback: Cannot add “photo.txt”: it is not a text file (it contains binary data).\n");
        assertThat(out).isEmpty();
        runIn("articles");
        assertThat(out.lines()).hasSize(5);
    }

    @Test
    void addArticle_missingFile_failsWithExitCodeOne() {
        assertThat(runIn("add-article", files.resolve("nope.txt").toString())).isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("headback: Cannot add “nope.txt”: there is no such file").doesNotContain("\tat ");
    }

    @Test
    void unknownCommand_printsOneLineErrorAndUsage_exitTwo() {
        assertThat(runIn("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(err.lines().findFirst().orElseThrow()).startsWith("headback: ").contains("frobnicate");
        assertThat(err).contains("Usage: headback");
        assertThat(out).isEmpty();
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void missingArgument_exitTwoWithTheCommandsUsage() {
        assertThat(runIn("article")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: Missing required parameter: 'ID'").contains("Usage: headback article");
    }

    @Test
    void unknownArticleId_isAFailureInOneLine_notAUsageError() {
        var message = "headback: There is no article with id 'no-such-article'; 'headback articles' lists them.\n";
        assertThat(runIn("article", "no-such-article")).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo(message);
        assertThat(runIn("remove-article", "no-such-article")).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo(message);
    }

    @Test
    void unknownOption_exitTwo() {
        assertThat(runIn("articles", "--colour")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--colour");
    }

    @Test
    void removeArticle_seed_failsWithExitCodeOne() {
        runIn("articles");
        var seedId = out.lines().findFirst().orElseThrow().split("\t")[0];
        assertThat(runIn("remove-article", seedId)).isEqualTo(Cli.FAILED);
        assertThat(err).contains("comes with HeadBack and cannot be removed");
    }

    @Test
    void corruptDatabase_failsWithTheFileNamed_andLeavesItAlone() throws Exception {
        var db = dataDir.resolve("headback.db");
        var junk = "not sqlite ".repeat(500).getBytes(StandardCharsets.US_ASCII);
        Files.write(db, junk);
        assertThat(runIn("articles")).isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("headback: The file " + db).contains("not a HeadBack database");
        assertThat(Files.readAllBytes(db)).isEqualTo(junk);
    }
}
