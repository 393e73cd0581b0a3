package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every view of the window, its dialogs included, gives its nodes ids no other view uses: a look-up by id (a test's,
 * or a style sheet's {@code #id}) finds the node meant, not a namesake in another view that happens to come first
 * (the medicine list's Add button and the library's once shared one, and a test clicked the wrong one). Only the
 * views' own roots share the id {@code root}, which nothing looks up across views.
 */
class FxmlIdsTest {
    private static final Pattern ID = Pattern.compile("fx:id=\"([^\"]+)\"");

    @Test
    void noTwoViewsShareAnId() throws IOException {
        var files = new HashMap<String, List<String>>();
        try (var paths = Files.walk(Path.of("src", "main", "resources"))) {
            for (var file : paths.filter(path -> path.toString().endsWith(".fxml")).toList()) {
                var matcher = ID.matcher(Files.readString(file));
                while (matcher.find()) {
                    files.computeIfAbsent(matcher.group(1), id -> new ArrayList<>())
                            .add(file.getFileName().toString());
                }
            }
        }
        files.remove("root");
        Map<String, List<String>> shared = files.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(files).as("ids found").isNotEmpty();
        assertThat(shared).as("ids in more than one place").isEmpty();
    }
}
