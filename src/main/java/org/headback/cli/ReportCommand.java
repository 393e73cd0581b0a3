package org.headback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.headback.chart.ChartInput;
import org.headback.report.DoctorReports;
import org.headback.report.ReportData;
import org.headback.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code headback report --out FILE.pdf|FILE.png}: the report for the doctor, as pages or as one tall image. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the report for the doctor, as a PDF or a PNG image.",
            "It holds the range and its recorded days, how often back pain and headache fall on the same days, the "
                + "Together and Months charts, and the worst days' notes. FILE.pdf gets A4 pages, FILE.png one tall "
                + "image."})
final class ReportCommand extends ReportWork {
    @Option(names = "--out", required = true, paramLabel = "FILE", converter = Target.class,
            description = "The file to write, ending in .pdf or .png.")
    ReportFile out;

    /** The file to write, and the format its extension asks for. */
    record ReportFile(Path path, ReportFormat format) {
    }

    /** Reads {@code --out}: a name ending in .pdf or .png, anything else is a usage error (exit 2). */
    static final class Target implements ITypeConverter<ReportFile> {
        @Override
        public ReportFile convert(String value) {
            var path = TypedValues.fileName(value);
            return ReportFormat.ofFile(path).map(format -> new ReportFile(path, format)).orElseThrow(() ->
                    new TypeConversionException(value + " does not end in .pdf or .png, so the format is unknown"));
        }
    }

    @Override
    void run(ChartInput input, PrintWriter console) throws Exception {
        var data = ReportData.read(diary, input.range(), input.thresholds());
        var written = DoctorReports.write(outputs, data, out.format(), out.path(), (done, total) -> { }, () -> false);
        console.println("wrote " + out.path() + " (" + written.size() + ")");
    }
}
