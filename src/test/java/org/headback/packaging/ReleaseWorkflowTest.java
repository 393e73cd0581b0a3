package org.headback.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The release workflow cannot run here, so its shape is checked: read as YAML, it runs on a version tag, builds on
 * the three systems with Java 17 and 25, tests before it packages, makes each system's installers and the runnable
 * jars, and attaches them with their SHA-256 sums to the release.
 */
class ReleaseWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github", "workflows", "release.yml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() throws IOException {
        var load = new Load(LoadSettings.builder().setLabel(WORKFLOW.toString()).build());
        return (Map<String, Object>) load.loadFromString(Files.readString(WORKFLOW));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String key) {
        assertThat(node).as("a mapping holding " + key).isInstanceOf(Map.class);
        var value = ((Map<String, Object>) node).get(key);
        assertThat(value).as(key).isNotNull();
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> node, String key) {
        assertThat(node.get(key)).as(key).isInstanceOf(List.class);
        return (List<Map<String, Object>>) node.get(key);
    }

    private static Map<String, Object> packagesJob() throws IOException {
        return map(map(workflow(), "jobs"), "packages");
    }

    private static List<Map<String, Object>> systems() throws IOException {
        return list(map(map(packagesJob(), "strategy"), "matrix"), "include");
    }

    private static List<String> runs(List<Map<String, Object>> steps) {
        return steps.stream().map(step -> String.valueOf(step.getOrDefault("run", ""))).toList();
    }

    private static int firstRunContaining(List<String> runs, String text) {
        return IntStream.range(0, runs.size()).filter(i -> runs.get(i).contains(text)).findFirst().orElse(-1);
    }

    private static int firstUsing(List<Map<String, Object>> steps, String action) {
        return IntStream.range(0, steps.size())
                .filter(i -> String.valueOf(steps.get(i).get("uses")).startsWith(action + "@"))
                .findFirst().orElse(-1);
    }

    @Test
    void workflow_startsOnAVersionTag_andMayWriteTheRelease() throws IOException {
        var workflow = workflow();
        assertThat(map(map(workflow, "on"), "push").get("tags")).isEqualTo(List.of("v*"));
        assertThat(map(workflow, "permissions")).containsEntry("contents", "write");
    }

    @Test
    void packages_areBuiltOnLinuxWindowsAndMacos_eachOnItsOwnRunner() throws IOException {
        assertThat(systems()).extracting(system -> system.get("os"))
                .containsExactlyInAnyOrder("ubuntu-latest", "windows-latest", "macos-latest");
        assertThat(packagesJob().get("runs-on")).isEqualTo("${{ matrix.os }}");
    }

    @Test
    void eachSystem_makesItsOwnInstallers() throws IOException {
        Map<Object, Object> installers = systems().stream()
                .collect(Collectors.toMap(system -> system.get("os"), system -> system.get("installers")));
        assertThat(installers).containsEntry("ubuntu-latest", "-Pdist,deb,rpm")
                .containsEntry("windows-latest", "-Pdist,msi").containsEntry("macos-latest", "-Pdist,dmg");
        Map<Object, Object> files = systems().stream()
                .collect(Collectors.toMap(system -> system.get("os"), system -> system.get("files")));
        assertThat(files).containsEntry("ubuntu-latest", "target/dist/*.deb target/dist/*.rpm")
                .containsEntry("windows-latest", "target/dist/*.msi")
                .containsEntry("macos-latest", "target/dist/*.dmg");
    }

    @Test
    void eachSystem_setsUpTemurin17And25_andPackagesWithJava25() throws IOException {
        var steps = list(packagesJob(), "steps");
        var javas = steps.stream().filter(step -> String.valueOf(step.get("uses")).startsWith("actions/setup-java@"))
                .map(step -> map(step, "with")).toList();
        assertThat(javas).allSatisfy(with -> assertThat(with).containsEntry("distribution", "temurin"));
        assertThat(javas).extracting(with -> with.get("java-version")).containsExactly("25", "17");
        var installers = steps.get(firstRunContaining(runs(steps), "${{ matrix.installers }}"));
        assertThat(map(installers, "env")).containsEntry("JAVA25_HOME", "${{ steps.jdk25.outputs.path }}");
    }

    @Test
    void eachSystem_testsBeforeItPackages() throws IOException {
        var runs = runs(list(packagesJob(), "steps"));
        int verify = firstRunContaining(runs, "mvn -B verify");
        assertThat(verify).isNotNegative();
        assertThat(verify).isLessThan(firstRunContaining(runs, "mvn -B ${{ matrix.installers }} package"));
        assertThat(verify).isLessThan(firstRunContaining(runs, "-Pall-platforms package"));
    }

    @Test
    void linux_hasAVirtualDisplay_andMakesTheRunnableJars() throws IOException {
        var steps = list(packagesJob(), "steps");
        var runs = runs(steps);
        var tools = steps.get(firstRunContaining(runs, "apt-get install"));
        assertThat(tools).containsEntry("if", "runner.os == 'Linux'");
        assertThat(tools.get("run").toString()).contains("xvfb", "rpm", "libgtk-3-0");
        var jars = steps.get(firstRunContaining(runs, "mvn -B -Pall-platforms package"));
        assertThat(jars).containsEntry("if", "runner.os == 'Linux'");
        assertThat(runs.get(firstRunContaining(runs, "cp ${{ matrix.files }}"))).contains("target/headback-*-");
    }

    @Test
    void release_attachesEveryFile_withTheirSha256Sums() throws IOException {
        var release = map(map(workflow(), "jobs"), "release");
        assertThat(release.get("needs")).isEqualTo("packages");
        var steps = list(release, "steps");
        int collected = firstUsing(steps, "actions/download-artifact");
        int sums = firstRunContaining(runs(steps), "sha256sum");
        int upload = firstUsing(steps, "softprops/action-gh-release");
        assertThat(collected).isNotNegative().isLessThan(sums);
        assertThat(upload).isGreaterThan(sums);
        assertThat(map(steps.get(collected), "with")).containsEntry("path", "release");
        assertThat(map(steps.get(upload), "with")).containsEntry("files", "release/*");
        var packages = list(packagesJob(), "steps");
        assertThat(map(packages.get(firstUsing(packages, "actions/upload-artifact")), "with"))
                .containsEntry("path", "release/");
    }
}
