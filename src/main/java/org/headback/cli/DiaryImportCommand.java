package org.headback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.headback.diary.ConflictMode;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsvReader;
import org.headback.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code headback diary import FILE.csv}: adds a CSV file's days, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Adds the days of a CSV file, all or nothing.",
            "Its columns are as the README describes. The first bad row stops the import with its line and column, "
                + "and the diary is left as it was."})
final class DiaryImportCommand extends DiaryWork {
    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--on-conflict", paramLabel = "MODE", defaultValue = "fail",
            description = "For a day already in the diary: fail (import nothing), skip it, or replace it. "
                    + "Default: ${DEFAULT-VALUE}.")
    String onConflict;

    @Override
    void run(Diary diary, PrintWriter out) {
        var mode = switch (onConflict.strip().toLowerCase(Locale.ROOT)) {
            case "fail" -> ConflictMode.FAIL;
            case "skip" -> ConflictMode.SKIP;
            case "replace" -> ConflictMode.REPLACE;
            default -> throw new ParameterException(spec.commandLine(),
                    "--on-conflict: " + onConflict + " is not fail, skip or replace");
        };
        var plan = DiaryCsvReader.read(file, diary.today());
        var result = diary.importDays(plan, mode, Progress.NONE);
        out.println(result.summary());
    }
}
