package org.headback.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.headback.diary.Diary;
import org.headback.diary.DiaryExport;
import org.headback.text.Words;
import org.headback.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code headback diary export FILE.csv}: writes the diary, or a range of it, as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes the diary (or the days from --from to --to) to a CSV file.")
final class DiaryExportCommand extends DiaryWork {
    @Parameters(paramLabel = "FILE", description = "The CSV file to write; it is replaced if it exists.")
    Path file;

    @Mixin
    RangeOptions range;

    @Override
    void run(Diary diary, PrintWriter out) {
        int count;
        ReportRange.check(diary, range.from, range.to);
        try {
            count = DiaryExport.toFile(outputs, diary, range.from, range.to, file, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        out.println("exported " + Words.count("day", count) + " to " + file);
    }

    @Override
    boolean onlyReads() {
        return true;
    }
}
