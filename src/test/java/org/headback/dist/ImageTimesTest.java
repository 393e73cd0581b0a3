package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageTimesTest {
    private static final FileTime TRAINED = FileTime.from(Instant.parse("2026-11-30T10:15:30.250Z"));
    private static final FileTime COPIED = FileTime.from(Instant.parse("2026-12-01T08:00:00Z"));

    @TempDir
    Path folder;

    private Path file(String path, FileTime time) throws IOException {
        var file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
        Files.setLastModifiedTime(file, time);
        return file;
    }

    @Test
    void keep_givesThePackagesFilesTheImagesTimes_andLeavesTheFilesTheImageLacks() throws IOException {
        file("image/lib/app/headback-app.jar", TRAINED);
        var jar = file("package/lib/app/headback-app.jar", COPIED);
        var desktop = file("package/lib/headback-HeadBack.desktop", COPIED);

        assertThat(ImageTimes.keep(folder.resolve("image"), folder.resolve("package"))).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(TRAINED);
        assertThat(Files.getLastModifiedTime(desktop)).isEqualTo(COPIED);
    }

    @Test
    void differing_namesTheFilesWithANewTime() throws IOException {
        file("image/lib/app/headback-app.jar", TRAINED);
        file("image/lib/runtime/lib/modules", TRAINED);
        file("unpacked/lib/app/headback-app.jar", COPIED);
        file("unpacked/lib/runtime/lib/modules", TRAINED);

        assertThat(ImageTimes.differing(folder.resolve("image"), folder.resolve("unpacked")))
                .containsExactly(Path.of("lib", "app", "headback-app.jar").toString());
    }

    @Test
    void differing_comparesWholeSeconds_asPackagesKeepThem() throws IOException {
        file("image/lib/app/headback-app.jar", TRAINED);
        file("unpacked/lib/app/headback-app.jar", FileTime.from(Instant.parse("2026-11-30T10:15:30Z")));

        assertThat(ImageTimes.differing(folder.resolve("image"), folder.resolve("unpacked"))).isEmpty();
    }
}
