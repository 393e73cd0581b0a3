package org.headback.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.diary.DiaryExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code headback diary list}: the days as CSV on standard output. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Prints the diary (or the days from --from to --to) as CSV, in the import format.")
final class DiaryListCommand extends DiaryWork {
    @Option(names = "--from", paramLabel = "DATE", description = "The first day, yyyy-MM-dd.")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "The last day, yyyy-MM-dd.")
    String to;

    @Override
    void run(Diary diary, PrintWriter out) {
        var days = DiaryExport.days(diary, from == null ? null : dateOption("--from", from),
                to == null ? null : dateOption("--to", to));
        try {
            DiaryCsv.write(days, out, (done, total) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
