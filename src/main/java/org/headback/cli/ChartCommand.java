package org.headback.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headback.chart.ChartInput;
import org.headback.chart.ChartKind;
import org.headback.chart.Charts;
import org.headback.text.Coded;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code headback chart KIND --out FILE.png}: one chart as a PNG image, ready to show a doctor. */
@Command(name = "chart", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draws a chart of the diary as a PNG image.",
            "KIND is one of the charts named below (evidence puts your odds ratio beside the published ones). "
                + "The image carries its title, range, legend and the main figures."})
final class ChartCommand extends RangeCommand {
    @Parameters(paramLabel = "KIND", completionCandidates = CodesOf.ChartKinds.class,
            description = "${COMPLETION-CANDIDATES}.")
    String kind;
    @Option(names = "--out", required = true, paramLabel = "FILE.png", converter = PngFile.class,
            description = "The image to write, ending in .png.")
    Path out;
    @Option(names = "--width", paramLabel = "W", defaultValue = "2400",
            description = "Width in pixels (default ${DEFAULT-VALUE}, for print; 1200 is enough for a screen).")
    int width;
    @Option(names = "--height", paramLabel = "H", defaultValue = "1600",
            description = "Height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    /** Reads {@code --out}: a name ending in .png, anything else is a usage error (exit 2). */
    static final class PngFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            var path = TypedValues.fileName(value);
            if (Files.isDirectory(path)) {
                throw new TypeConversionException(path + " is a folder: give the name of a file ending in .png");
            }
            if (!Charts.isPng(path)) {
                throw new TypeConversionException(Charts.notPng(path));
            }
            return path;
        }
    }

    @Override
    void run(ChartInput input, PrintWriter console) throws Exception {
        var chosen = ChartKind.ofCode(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "KIND: " + kind + " is not " + Coded.allowed(ChartKind.class)));
        Charts.writePng(outputs, Charts.create(chosen, input), out, width, height);
        console.println("wrote " + out + " (" + width + "×" + height + ")");
    }
}
