package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The format is taken from the file's extension. */
class ReportFormatTest {
    @Test
    void ofFile_readsTheExtension_inAnyCase() {
        assertThat(ReportFormat.ofFile(Path.of("a", "report.pdf"))).contains(ReportFormat.PDF);
        assertThat(ReportFormat.ofFile(Path.of("Report.PNG"))).contains(ReportFormat.PNG);
    }

    @Test
    void ofFile_isEmpty_forAnyOtherName() {
        assertThat(ReportFormat.ofFile(Path.of("report.txt"))).isEmpty();
        assertThat(ReportFormat.ofFile(Path.of("report"))).isEmpty();
        assertThat(ReportFormat.ofFile(Path.of(".pdf"))).isEmpty();
        assertThat(ReportFormat.ofFile(Path.of("report.pdf.txt"))).isEmpty();
    }
}
