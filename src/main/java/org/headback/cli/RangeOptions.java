package org.headback.cli;

import java.time.LocalDate;
import java.util.List;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.DiaryExport;
import picocli.CommandLine.Option;

/** {@code --from DATE --to DATE}, shared by the commands that take a range of days. */
final class RangeOptions {
    @Option(names = "--from", paramLabel = "DATE", description = "The first day, yyyy-MM-dd.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day, yyyy-MM-dd.")
    LocalDate to;

    /** The recorded days in the range; all of them when neither end is given. */
    List<DayEntry> days(Diary diary) {
        ReportRange.check(diary, from, to);
        return DiaryExport.days(diary, from, to);
    }
}
