package org.headback.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A freedesktop menu entry's keys and values (its one {@code [Desktop Entry]} group): the project's
 * {@code resources/headback.desktop}, and the one a package installs.
 */
public final class DesktopEntry {
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z0-9-]+(\\[[^]]+])?)=(.*)");

    private DesktopEntry() {
    }

    /** The entry's keys, in order, with their values; fails on a line that is no key=value or a key given twice. */
    public static Map<String, String> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Map<String, String> parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals("[Desktop Entry]")) {
            throw new IllegalArgumentException("a desktop entry begins with [Desktop Entry]");
        }
        var entries = new LinkedHashMap<String, String>();
        for (var line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var matcher = KEY_VALUE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a key=value line: " + line);
            }
            if (entries.put(matcher.group(1), matcher.group(3)) != null) {
                throw new IllegalArgumentException("key " + matcher.group(1) + " given twice");
            }
        }
        return entries;
    }
}
