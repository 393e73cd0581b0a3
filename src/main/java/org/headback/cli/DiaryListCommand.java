package org.headback.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code headback diary list}: the days as CSV on standard output. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the diary as CSV, in the import format.",
            "With --from and --to, only the days from one to the other."})
final class DiaryListCommand extends DiaryWork {
    @Mixin
    RangeOptions range;

    @Override
    void run(Diary diary, PrintWriter out) {
        try {
            DiaryCsv.write(range.days(diary), out, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    boolean onlyReads() {
        return true;
    }
}
