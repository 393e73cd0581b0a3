package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/someone");

    @Test
    void explicitFolder_winsOverEnvironment() {
        var dir = DataDirectory.resolve(Optional.of(Path.of("/tmp/chosen")),
                Map.of(DataDirectory.ENV_VARIABLE, "/tmp/env"), "Linux", HOME);
        assertThat(dir).isEqualTo(Path.of("/tmp/chosen"));
    }

    @Test
    void environmentVariable_winsOverPlatformDefault() {
        var env = Map.of(DataDirectory.ENV_VARIABLE, "/tmp/env");
        var dir = DataDirectory.resolve(Optional.empty(), env, "Linux", HOME);
        assertThat(dir).isEqualTo(Path.of("/tmp/env"));
    }

    @Test
    void linux_usesXdgDataHome_orLocalShare() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/x/data"), "Linux", HOME))
                .isEqualTo(Path.of("/x/data/headback"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/someone/.local/share/headback"));
    }

    @Test
    void macOs_usesApplicationSupport() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/HeadBack"));
    }

    @Test
    void windows_usesAppData() {
        assertThat(DataDirectory.platformDefault(Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/HeadBack"));
    }

    @Test
    void blankEnvironmentVariable_isIgnored() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(DataDirectory.ENV_VARIABLE, " "), "Linux", HOME))
                .isEqualTo(Path.of("/home/someone/.local/share/headback"));
    }

    @Test
    void prepare_fileInsteadOfFolder_isRefusedWithThePath(@TempDir Path temp) throws Exception {
        var file = java.nio.file.Files.writeString(temp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> DataDirectory.prepare(file))
                .isInstanceOf(StorageException.class)
                .hasMessage("The data folder " + file + " is a file, not a folder.");
    }
}
