package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.headback.testing.Pom;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The pom's all-platforms profile makes one jar per system that {@link SystemJarsIT} knows, each from that system's
 * JavaFX jars, all of which the build copies. Checked in every mvn verify, which builds none of those jars: only
 * mvn -Pall-platforms verify builds them and runs {@link SystemJarsIT} over them.
 */
class SystemJarsConfigTest {
    private static Element allPlatformsProfile() {
        return Pom.descendants(Pom.project(), "profile").stream()
                .filter(profile -> Pom.childText(profile, "id").equals("all-platforms"))
                .findFirst().orElseThrow();
    }

    @Test
    void theProfile_makesAJarForEverySystem_fromThatSystemsJavaFx() {
        var made = new TreeMap<String, String>();
        for (var call : Pom.descendants(allPlatformsProfile(), "system-jar")) {
            assertThat(made.put(call.getAttribute("system"), call.getAttribute("classifier"))).isNull();
        }
        var known = Arrays.stream(JarSystem.values())
                .collect(Collectors.toMap(JarSystem::id, JarSystem::classifier, (a, b) -> a, TreeMap::new));
        assertThat(made).isEqualTo(known);

        var jar = Pom.descendants(allPlatformsProfile(), "jar").get(0);
        assertThat(jar.getAttribute("destfile")).endsWith("/headback-${project.version}-@{system}.jar");
        assertThat(jar.getAttribute("duplicate")).isEqualTo("fail");
        var javaFx = Pom.descendants(jar, "zipfileset").stream().map(set -> set.getAttribute("src"))
                .filter(src -> src.contains("/javafx-")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(javaFx).isEqualTo(JavaFxJars.MODULES.stream()
                .map(module -> "${all.platforms.dir}/javafx/javafx-" + module + "-${javafx.version}-@{classifier}.jar")
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theBuild_copiesEveryModuleOfJavaFx_forEverySystem() {
        var copy = Pom.descendants(Pom.project(), "execution").stream()
                .filter(execution -> Pom.childText(execution, "id").equals("javafx-of-every-system"))
                .filter(execution -> !Pom.descendants(execution, "artifactItem").isEmpty())
                .findFirst().orElseThrow();
        var items = Pom.descendants(copy, "artifactItem").stream().map(SystemJarsConfigTest::item)
                .collect(Collectors.toCollection(TreeSet::new));
        var wanted = new TreeSet<String>();
        for (var system : JarSystem.values()) {
            for (var module : JavaFxJars.MODULES) {
                wanted.add("org.openjfx:javafx-" + module + ":" + system.classifier());
            }
        }
        assertThat(items).isEqualTo(wanted);
        assertThat(Pom.descendants(copy, "outputDirectory").get(0).getTextContent())
                .isEqualTo("${all.platforms.dir}/javafx");
    }

    private static String item(Element item) {
        return Pom.childText(item, "groupId") + ":" + Pom.childText(item, "artifactId") + ":"
                + Pom.childText(item, "classifier");
    }
}
