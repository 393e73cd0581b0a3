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
 * Every view of the window, its dialogs included, gives its nodes ids no other view uses (in its FXML, or in the code
 * that builds the first picture's views): a look-up by id (a test's,
 * or a style sheet's {@code #id}) finds the node meant, not a namesake in another view that happens to come first
 * (the medicine list's Add button and the library's once shared one, and a test clicked the wrong one). Only the
 * views' own roots share the id {@code root}, which nothing looks up across views.
 */
class ViewIdsTest {
    private static final Pattern FXML_ID = Pattern.compile("fx:id=\"([^\"]+)\"");
    private static final Pattern CODE_ID = Pattern.compile("\\bid\\(\"([^\"]+)\"");

    @Test
    void noTwoViewsShareAnId() throws IOException {
        var files = new HashMap<String, List<String>>();
        collect(Path.of("src", "main", "resources"), ".fxml", FXML_ID, files);
        collect(Path.of("src", "main", "java", "org", "headback", "ui"), ".java", CODE_ID, files);
        files.remove("root");
        Map<String, List<String>> shared = files.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(files).as("ids found").isNotEmpty();
        assertThat(shared).as("ids in more than one place").isEmpty();
        assertThat(files).as("ids given in code").containsKeys("backPainField", "calendarChoice", "searchField");
    }

    private static void collect(Path folder, String ending, Pattern id, Map<String, List<String>> files)
            throws IOException {
        try (var paths = Files.walk(folder)) {
            for (var file : paths.filter(path -> path.toString().endsWith(ending)).toList()) {
                var matcher = id.matcher(Files.readString(file));
                while (matcher.find()) {
                    files.computeIfAbsent(matcher.group(1), name -> new ArrayList<>())
                            .add(file.getFileName().toString());
                }
            }
        }
    }
}
