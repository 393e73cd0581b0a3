package org.headback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The README's layout section names every package there is, and draws the dependencies as they really are. */
class ReadmeLayoutTest {
    private static final Path SOURCES = Path.of("src/main/java/org/headback");
    private static final Pattern PACKAGE_LINE = Pattern.compile("^ {2,}([a-z]+(?:/[a-z]+)*)/ ", Pattern.MULTILINE);
    private static final Pattern ARROW_LINE = Pattern.compile("^(\\w+) +→ (.+)$", Pattern.MULTILINE);

    private static List<String> layoutBlocks() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        var start = readme.indexOf("### Layout");
        var section = readme.substring(start, readme.indexOf("\n### ", start + 1));
        var parts = section.split("```");
        return IntStream.range(0, parts.length).filter(i -> i % 2 == 1).mapToObj(i -> parts[i])
                .toList();
    }

    @Test
    void theLayoutNamesEveryPackage_andNoneThatIsGone() throws IOException {
        Set<String> packages;
        try (var folders = Files.walk(SOURCES)) {
            packages = folders.filter(Files::isDirectory).filter(folder -> !folder.equals(SOURCES))
                    .map(folder -> SOURCES.relativize(folder).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        var named = PACKAGE_LINE.matcher(layoutBlocks().get(0)).results().map(match -> match.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(named).isEqualTo(packages);
    }

    @Test
    void theDependencyGraphIsTheRealOne() throws IOException {
        Map<String, Set<String>> drawn = new TreeMap<>();
        ARROW_LINE.matcher(layoutBlocks().get(1)).results().forEach(match -> drawn.put(match.group(1),
                match.group(2).equals("(none)") ? Set.of()
                        : new TreeSet<>(List.of(match.group(2).split(", ")))));
        var real = new ArchitectureRules(new SourceTree(SOURCES, "org.headback")).featureGraph();
        assertThat(drawn).isEqualTo(real);
    }
}
