package org.headback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java sources under one root package folder, read for the architecture rules. A source's references are the
 * qualified names it uses in code, whether imported or written out in full; comments and string literals do not
 * count, so a Javadoc that mentions {@code javafx.scene} is not a dependency.
 */
final class SourceTree {
    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.])([a-z_]\\w*(?:\\.[a-z_]\\w*)*\\.[A-Z]\\w*|[a-z_]\\w*(?:\\.[a-z_]\\w*)+)");
    private static final Pattern COMMENTS_AND_STRINGS =
            Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"\"\"(?:.|\\n)*?\"\"\""
                    + "|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])+'", Pattern.DOTALL);

    private final Path root;
    private final String rootPackage;

    /** One source file: its feature package (the first folder below the root; "" for the root itself). */
    record Source(String feature, Path file, Set<String> references, String text) {
        /** The feature packages of the root package that this source refers to, other than its own. */
        Set<String> featuresUsed(String rootPackage) {
            return references.stream().filter(name -> name.startsWith(rootPackage + "."))
                    .map(name -> name.substring(rootPackage.length() + 1).split("\\.")[0])
                    .filter(first -> !first.isEmpty() && Character.isLowerCase(first.charAt(0)))
                    .filter(first -> !first.equals(feature))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    SourceTree(Path root, String rootPackage) {
        this.root = root;
        this.rootPackage = rootPackage;
    }

    String rootPackage() {
        return rootPackage;
    }

    List<Source> sources() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().map(this::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Source read(Path file) {
        try {
            var text = Files.readString(file);
            var relative = root.relativize(file.getParent());
            var feature = relative.getNameCount() == 0 || relative.toString().isEmpty() ? ""
                    : relative.getName(0).toString();
            return new Source(feature, file, references(text), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The qualified names used in code, from imports and from names written out in full. */
    static Set<String> references(String text) {
        var code = COMMENTS_AND_STRINGS.matcher(text).replaceAll(" ");
        return QUALIFIED.matcher(code).results().map(match -> match.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
