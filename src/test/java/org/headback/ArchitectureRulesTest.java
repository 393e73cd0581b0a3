package org.headback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each architecture rule, shown failing on a planted violation and passing on a tree that keeps it. */
class ArchitectureRulesTest {
    @TempDir
    Path root;

    @BeforeEach
    void keepTheRulesInATidyTree() throws IOException {
        plant("Launcher.java", "package app;\nimport app.ui.Window;\nimport app.cli.Cli;\nclass Launcher {}\n");
        plant("ui/Window.java", "package app.ui;\nimport javafx.scene.Scene;\nimport org.jfree.chart.fx.ChartViewer;\n"
                + "import app.diary.Day;\nclass Window {}\n");
        plant("ui/DataFolderStart.java", "package app.ui;\nimport app.storage.Store;\nclass DataFolderStart {}\n");
        plant("cli/Cli.java", "package app.cli;\nimport picocli.CommandLine;\nclass Cli { app.diary.Day day; }\n");
        plant("diary/Day.java", "package app.diary;\nimport app.storage.Store;\nclass Day {}\n");
        plant("storage/Store.java", "package app.storage;\nimport java.sql.Connection;\nclass Store {}\n");
        plant("output/Out.java", "package app.output;\nimport app.storage.Store;\nclass Out {}\n");
    }

    private void plant(String file, String text) throws IOException {
        var path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private ArchitectureRules rules() {
        return new ArchitectureRules(new SourceTree(root, "app"));
    }

    @Test
    void aTreeThatKeepsEveryRule_breaksNone() {
        var rules = rules();
        assertThat(rules.javaFxOutsideUi()).isEmpty();
        assertThat(rules.chartViewerOutsideUi()).isEmpty();
        assertThat(rules.chartViewersMadeElsewhere()).isEmpty();
        assertThat(rules.sqlOutsideStorage()).isEmpty();
        assertThat(rules.uiUsedOutsideUiAndLauncher()).isEmpty();
        assertThat(rules.storageUsingAFeature()).isEmpty();
        assertThat(rules.storageUsedByUiBeyondItsStart()).isEmpty();
        assertThat(rules.workUsingAFeature()).isEmpty();
        assertThat(rules.outputUsingMoreThanStorage()).isEmpty();
        assertThat(rules.commandLineUsedByAFeature()).isEmpty();
        assertThat(rules.filesWrittenOutsideOutputAndStorage()).isEmpty();
        assertThat(rules.cyclesBetweenFeatures()).isEmpty();
    }

    @Test
    void javaFxOutsideUi_isFound_imported_orWrittenInFull() throws IOException {
        plant("diary/Look.java", "package app.diary;\nimport javafx.scene.paint.Color;\nclass Look {}\n");
        plant("diary/Shade.java", "package app.diary;\nclass Shade { javafx.scene.paint.Color colour; }\n");
        assertThat(rules().javaFxOutsideUi()).containsExactly(
                root.resolve("diary/Look.java") + ": javafx.scene.paint.Color",
                root.resolve("diary/Shade.java") + ": javafx.scene.paint.Color");
    }

    @Test
    void aNameInACommentOrAString_isNoDependency() throws IOException {
        plant("diary/Said.java", "package app.diary;\n/** Unlike {@link javafx.scene.Node}, plain. */\n"
                + "class Said { String s = \"java.sql.Connection\"; // org.jfree.chart.fx.ChartViewer\n}\n");
        var rules = rules();
        assertThat(rules.javaFxOutsideUi()).isEmpty();
        assertThat(rules.sqlOutsideStorage()).isEmpty();
        assertThat(rules.chartViewerOutsideUi()).isEmpty();
    }

    @Test
    void theChartViewerOutsideUi_isFound() throws IOException {
        plant("chart/Viewer.java", "package app.chart;\nclass Viewer { org.jfree.chart.fx.ChartViewer viewer; }\n");
        assertThat(rules().chartViewerOutsideUi())
                .containsExactly(root.resolve("chart/Viewer.java") + ": org.jfree.chart.fx.ChartViewer");
    }

    @Test
    void sqlOutsideStorage_isFound() throws IOException {
        plant("diary/Query.java", "package app.diary;\nimport java.sql.PreparedStatement;\nclass Query {}\n");
        assertThat(rules().sqlOutsideStorage())
                .containsExactly(root.resolve("diary/Query.java") + ": java.sql.PreparedStatement");
    }

    @Test
    void theUiUsedByAFeature_isFound() throws IOException {
        plant("diary/Back.java", "package app.diary;\nclass Back { app.ui.Window window; }\n");
        assertThat(rules().uiUsedOutsideUiAndLauncher())
                .containsExactly(root.resolve("diary/Back.java") + ": app.ui.Window");
    }

    @Test
    void storageUsedByTheUiBeyondItsStart_isFound_inAnyOfItsPackages() throws IOException {
        plant("ui/Backups.java", "package app.ui;\nimport app.storage.Store;\nclass Backups {}\n");
        plant("ui/diary/Rows.java", "package app.ui.diary;\nclass Rows { app.storage.Store store; }\n");
        assertThat(rules().storageUsedByUiBeyondItsStart()).containsExactly(
                root.resolve("ui/Backups.java") + ": app.storage.Store",
                root.resolve("ui/diary/Rows.java") + ": app.storage.Store");
    }

    @Test
    void storageUsingAFeature_isFound() throws IOException {
        plant("storage/Rows.java", "package app.storage;\nimport app.diary.Day;\nclass Rows {}\n");
        assertThat(rules().storageUsingAFeature()).containsExactly(root.resolve("storage/Rows.java") + ": diary");
    }

    @Test
    void workUsingAFeature_isFound() throws IOException {
        plant("work/Steps.java", "package app.work;\nimport app.storage.Store;\nclass Steps {}\n");
        assertThat(rules().workUsingAFeature()).containsExactly(root.resolve("work/Steps.java") + ": storage");
    }

    @Test
    void outputUsingMoreThanStorage_isFound() throws IOException {
        plant("output/Days.java", "package app.output;\nimport app.diary.Day;\nclass Days {}\n");
        assertThat(rules().outputUsingMoreThanStorage()).containsExactly(root.resolve("output/Days.java") + ": diary");
    }

    @Test
    void theCommandLineUsedByAFeature_isFound() throws IOException {
        plant("diary/Args.java", "package app.diary;\nimport picocli.CommandLine.Option;\nclass Args {}\n");
        assertThat(rules().commandLineUsedByAFeature())
                .containsExactly(root.resolve("diary/Args.java") + ": picocli.CommandLine");
    }

    @Test
    void aChartViewerMadeOutsideItsOnePlace_isFound() throws IOException {
        plant("ui/charts/ShortcutWheelZoom.java", "package app.ui.charts;\nclass ShortcutWheelZoom { Object v = "
                + "new ChartViewer(); }\n");
        plant("ui/charts/Dialog.java", "package app.ui.charts;\nclass Dialog { Object v = new ChartViewer(); }\n");
        assertThat(rules().chartViewersMadeElsewhere())
                .containsExactly(root.resolve("ui/charts/Dialog.java") + ": new ChartViewer(");
    }

    @Test
    void aFileWrittenOutsideOutput_isFound() throws IOException {
        plant("diary/Dump.java", "package app.diary;\nclass Dump { void f(java.nio.file.Path p) throws Exception "
                + "{ java.nio.file.Files.writeString(p, \"\"); } }\n");
        assertThat(rules().filesWrittenOutsideOutputAndStorage())
                .containsExactly(root.resolve("diary/Dump.java") + ": Files.write");
    }

    @Test
    void aCycleBetweenFeatures_isFound_whateverItsLength() throws IOException {
        plant("storage/Up.java", "package app.storage;\nclass Up { app.output.Out out; }\n");
        plant("chart/A.java", "package app.chart;\nclass A { app.report.B b; }\n");
        plant("report/B.java", "package app.report;\nclass B { app.stats.C c; }\n");
        plant("stats/C.java", "package app.stats;\nclass C { app.chart.A a; }\n");
        assertThat(rules().cyclesBetweenFeatures())
                .containsExactly("chart → report → stats → chart", "output → storage → output");
    }
}
