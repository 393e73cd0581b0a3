package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a failed command says: one line that names the file and the reason. */
class FailureHandlerTest {
    private static final Path FILE = Path.of("/home/me/charts/chart.png");

    @Test
    void aFileError_namesTheFile_andAFullDiskIsCalledFull() {
        assertThat(FailureHandler.describe(new FileSystemException(FILE.toString(), null, "No space left on device")))
                .isEqualTo("The disk holding /home/me/charts is full: /home/me/charts/chart.png was not written.");
        assertThat(FailureHandler.describe(new FileSystemException(FILE.toString(), null, "Input/output error")))
                .isEqualTo("Cannot write /home/me/charts/chart.png: Input/output error");
    }
}
