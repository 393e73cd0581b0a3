package org.headback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers apart: only the ui package knows JavaFX; storage knows no feature but work; no feature knows
 * the ui; SQL stays in storage; no two features depend on each other. {@link ArchitectureRulesTest} shows each
 * rule failing.
 */
class ArchitectureTest {
    private static final ArchitectureRules RULES =
            new ArchitectureRules(new SourceTree(Path.of("src/main/java/org/headback"), "org.headback"));

    @Test
    void sourcesAreFound() {
        assertThat(RULES.sources()).extracting(SourceTree.Source::feature)
                .contains("ui", "article", "storage", "cli", "");
    }

    @Test
    void onlyUiUsesJavaFx() {
        assertThat(RULES.javaFxOutsideUi()).isEmpty();
    }

    @Test
    void onlyUiUsesTheChartViewer() {
        assertThat(RULES.chartViewerOutsideUi()).isEmpty();
    }

    @Test
    void everyChartViewerIsMadeInItsOnePlace() {
        assertThat(RULES.chartViewersMadeElsewhere()).isEmpty();
    }

    @Test
    void onlyStorageUsesSql() {
        assertThat(RULES.sqlOutsideStorage()).isEmpty();
    }

    @Test
    void noPackageButTheLauncherUsesUi() {
        assertThat(RULES.uiUsedOutsideUiAndLauncher()).isEmpty();
    }

    @Test
    void uiReachesStorageOnlyFromItsStart() {
        assertThat(RULES.storageUsedByUiBeyondItsStart()).isEmpty();
    }

    @Test
    void storageDependsOnNoFeature_butWork() {
        assertThat(RULES.storageUsingAFeature()).isEmpty();
    }

    @Test
    void workDependsOnNoFeature() {
        assertThat(RULES.workUsingAFeature()).isEmpty();
    }

    @Test
    void outputDependsOnStorageOnly() {
        assertThat(RULES.outputUsingMoreThanStorage()).isEmpty();
    }

    @Test
    void onlyOutputAndStorageWriteFiles() {
        assertThat(RULES.filesWrittenOutsideOutputAndStorage()).isEmpty();
    }

    @Test
    void featuresDoNotUseTheCommandLine() {
        assertThat(RULES.commandLineUsedByAFeature()).isEmpty();
    }

    @Test
    void noCycleBetweenFeatures() {
        assertThat(RULES.cyclesBetweenFeatures()).isEmpty();
    }

    @Test
    void theFeaturesThatUseOthersAreSeen() {
        assertThat(RULES.featureGraph()).containsKeys("ui", "cli", "report", "chart")
                .hasEntrySatisfying("ui", used -> assertThat(used).contains("diary", "storage"))
                .hasEntrySatisfying("report", used -> assertThat(used).contains("chart", "diary"));
    }
}
