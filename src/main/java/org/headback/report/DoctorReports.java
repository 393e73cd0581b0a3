package org.headback.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.headback.diary.DateRange;
import org.headback.output.Outputs;
import org.headback.output.Png;
import org.headback.text.Dates;
import org.headback.text.Words;
import org.headback.work.CancelledException;
import org.headback.work.Progress;

/**
 * The report for the doctor, written as a PDF document or one tall PNG image: a first page to take in at a glance
 * (whom it is about, the range and recorded days, the thresholds, month by month), the warning-sign days, the
 * co-occurrence figures, the Together and Months charts, and the worst days, whole or not at all: a failure or a
 * cancel leaves no half-written file.
 */
public final class DoctorReports {
    /**
     * A written report.
     *
     * @param size "3 pages" or "1240 × 5210 pixels"
     */
    public record Written(Path file, ReportFormat format, String size) {
    }

    /** Said when the user cancels a report. */
    public static final String CANCELLED = "The report was cancelled; no file was written.";

    private DoctorReports() {
    }

    /** "headback-report-2026-08-01-to-2026-10-30.pdf". */
    public static String fileName(DateRange range, ReportFormat format) {
        return "headback-report-" + range.from() + "-to-" + range.to() + "." + format.extension();
    }

    /**
     * Writes the report, whole or not at all (see {@link Outputs}); {@code progress} is told after each section and
     * asked between sections whether to stop, which stops the work with a {@link CancelledException}.
     */
    public static Written write(Outputs outputs, ReportData data, ReportFormat format, Path file, Progress progress)
            throws IOException {
        return write(outputs, data, format, file, progress, ReportFonts.get());
    }

    /** Writes the report set in the given fonts. */
    static Written write(Outputs outputs, ReportData data, ReportFormat format, Path file, Progress progress,
                         ReportFonts fonts) throws IOException {
        Objects.requireNonNull(data, "data");
        var target = outputs.check(file);
        var sections = ReportContent.sections(data);
        var steps = new Steps(sections.size() + 1, progress);
        var size = outputs.write(file, out -> {
            var written = format == ReportFormat.PDF ? writePdf(data, sections, out, steps, fonts)
                    : writePng(data, sections, out, steps, fonts);
            steps.check();
            return written;
        });
        steps.next();
        return new Written(target, format, size);
    }

    private static String writePdf(ReportData data, List<Section> sections, OutputStream out, Steps steps,
                                   ReportFonts fonts) throws IOException {
        try (var document = new PDDocument(); var canvas = new PdfCanvas(document, fonts)) {
            var info = document.getDocumentInformation();
            info.setTitle(ReportContent.TITLE + ", " + data.range().describe());
            info.setCreator("HeadBack");
            var layout = new Layout(canvas);
            for (var section : sections) {
                steps.check();
                layout.section(section);
                steps.next();
            }
            canvas.finish(ReportContent.footer(data));
            steps.check();
            document.save(out);
            int pages = document.getNumberOfPages();
            return Words.count("page", pages);
        }
    }

    private static String writePng(ReportData data, List<Section> sections, OutputStream out, Steps steps,
                                   ReportFonts fonts) throws IOException {
        var measure = new Layout(new ImageCanvas(fonts, null));
        for (var section : sections) {
            measure.section(section);
        }
        measure.closingLine(closing(data));
        int width = (int) Math.round(ImageCanvas.WIDTH * ImageCanvas.SCALE);
        int height = (int) Math.ceil((measure.y() + Layout.TOP) * ImageCanvas.SCALE);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.scale(ImageCanvas.SCALE, ImageCanvas.SCALE);
            var layout = new Layout(new ImageCanvas(fonts, graphics));
            for (var section : sections) {
                steps.check();
                layout.section(section);
                steps.next();
            }
            layout.closingLine(closing(data));
        } finally {
            graphics.dispose();
        }
        steps.check();
        Png.write(image, out);
        return width + " × " + height + " pixels";
    }

    private static String closing(ReportData data) {
        return ReportContent.footer(data) + " · made on " + Dates.ofUser().shown(data.made());
    }

    /** Counts the steps done, tells the progress, and stops the work once it is cancelled. */
    private static final class Steps {
        private final long total;
        private final Progress progress;
        private long done;

        Steps(long total, Progress progress) {
            this.total = total;
            this.progress = progress;
        }

        void check() {
            if (progress.shouldStop()) {
                throw new CancelledException(CANCELLED);
            }
        }

        void next() {
            progress.done(++done, total);
        }
    }
}
