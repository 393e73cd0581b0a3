package org.headback.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.headback.dist.DesktopEntry;
import org.headback.ui.HeadBackApplication;
import org.junit.jupiter.api.Test;

/**
 * The freedesktop entry that the .deb and the .rpm install: the keys the desktop entry specification knows, with the
 * values it allows. Checked here in Java because CI has no desktop-file-validate (which also passes on it; the rpm
 * profile runs it on the entry the .rpm installs).
 */
class DesktopEntryTest {
    private static final Path ENTRY = Path.of("resources", "headback.desktop");
    private static final Set<String> KNOWN_KEYS = Set.of("Type", "Version", "Name", "GenericName", "NoDisplay",
            "Comment", "Icon", "Hidden", "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path",
            "Terminal", "Actions", "MimeType", "Categories", "Implements", "Keywords", "StartupNotify",
            "StartupWMClass", "URL", "PrefersNonDefaultGPU");
    private static final Set<String> MAIN_CATEGORIES = Set.of("AudioVideo", "Audio", "Video", "Development",
            "Education", "Game", "Graphics", "Network", "Office", "Science", "Settings", "System", "Utility");

    private static Map<String, String> entries() throws IOException {
        return DesktopEntry.read(ENTRY);
    }

    @Test
    void entry_hasTheRequiredKeys_andOnlyKnownOnes() throws IOException {
        var entries = entries();
        assertThat(entries).containsEntry("Type", "Application").containsEntry("Name", "HeadBack")
                .containsEntry("Terminal", "false").containsKeys("Exec", "Icon", "Comment");
        assertThat(entries.keySet()).allSatisfy(key -> assertThat(KNOWN_KEYS.contains(key) || key.startsWith("X-"))
                .as(key).isTrue());
        assertThat(entries.get("Version")).isIn("1.0", "1.1", "1.2", "1.3", "1.4");
    }

    @Test
    void categories_haveOneMainCategory_andEndWithASemicolon() throws IOException {
        var categories = entries().get("Categories");
        assertThat(categories).endsWith(";");
        assertThat(categories.split(";")).filteredOn(MAIN_CATEGORIES::contains).hasSize(1);
    }

    @Test
    void icon_namesTheIconThatShipsInResources() throws IOException {
        var icon = entries().get("Icon");
        assertThat(Files.exists(Path.of("resources", "icons", icon + ".svg"))).isTrue();
        assertThat(Files.exists(Path.of("resources", "icons", icon + "-256.png"))).isTrue();
    }

    @Test
    void windowClass_isTheOneJavaFxGivesTheWindow() throws IOException {
        assertThat(entries().get("StartupWMClass")).isEqualTo(HeadBackApplication.class.getName());
    }
}
