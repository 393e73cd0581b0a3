package org.headback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.headback.chart.ChartInput;
import org.headback.report.DoctorReports;
import org.headback.report.ReportData;
import org.headback.report.ReportFormat;
import org.headback.report.ReportPerson;
import org.headback.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** {@code headback report --out FILE.pdf|FILE.png}: the report for the doctor, as pages or as one tall image. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the report for the doctor, as a PDF or a PNG image.",
            "Its first page is read at a glance: the name and date of birth if given, the range and its recorded "
                + "days, the thresholds, and month by month the headache, migraine, acute-medication, back-pain "
                + "and warning-sign days against the ICHD-3 lines.",
            "Then come the figures, the Together and Months charts, and the worst days. FILE.pdf gets A4 pages, "
                + "FILE.png the same as one tall image."})
final class ReportCommand extends RangeCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", converter = Target.class,
            description = "The file to write, ending in .pdf or .png.")
    ReportFile out;
    @Option(names = "--name", paramLabel = "NAME",
            description = "The name to print on the first page (optional).")
    String name;
    @Option(names = "--birth-date", paramLabel = "DATE",
            description = "The date of birth to print on the first page, yyyy-MM-dd (optional).")
    LocalDate birthDate;

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
        var person = ReportPerson.of(name, birthDate);
        person.problem(diary.today()).ifPresent(problem -> {
            throw new ParameterException(spec.commandLine(), problem);
        });
        var data = ReportData.read(diary, input.range(), input.thresholds(), person);
        var written = DoctorReports.write(outputs, data, out.format(), out.path(), Progress.NONE);
        console.println("wrote " + out.path() + " (" + written.size() + ")");
    }
}
