package org.headback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.headback.diary.ConflictMode;
import org.headback.diary.Diary;
import org.headback.diary.ImportException;
import org.headback.diary.ImportPlan;
import org.headback.diary.other.DiaryFile;
import org.headback.diary.other.MappingArguments;
import org.headback.diary.other.OnePainDays;
import org.headback.diary.other.OtherDays;
import org.headback.diary.other.OtherDiary;
import org.headback.diary.other.OtherDiaryText;
import org.headback.diary.other.Source;
import org.headback.text.Coded;
import org.headback.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code headback diary import FILE.csv}: adds a CSV file's days, or another diary's, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Adds the days of a CSV file or another diary's, all or nothing.",
            "The file is HeadBack's own or an export of Flaredown, Bearable or Headi.",
            "HeadBack's columns are as the README describes. The first bad row stops the import with its line and "
                + "column, and the diary is left as it was. For another diary's file, --preview shows what it "
                + "holds and what each thing it tracks would become; --map changes that."})
final class DiaryImportCommand extends DiaryWork {
    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--on-conflict", paramLabel = "MODE", defaultValue = "fail",
            description = "For a day already in the diary: fail (import nothing), skip it, or replace it. "
                    + "Default: ${DEFAULT-VALUE}.")
    String onConflict;

    @Option(names = "--format", paramLabel = "APP",
            description = "The app that wrote the file: headback, flaredown, bearable or headi. Default: told "
                    + "from the file's header.")
    String format;

    @Option(names = "--map", paramLabel = "ROLE=NAME",
            description = "What one of the file's trackables becomes: back_pain=NAME, headache=NAME (several may: "
                    + "the day's worst counts), migraine=NAME, factor=NAME, medication=NAME:CLASS (triptan, ergot, "
                    + "opioid, combination_analgesic, simple_analgesic or other) or not_used=NAME. A role given "
                    + "takes exactly the names given for it (headache and migraine together); the others keep "
                    + "HeadBack's proposal.")
    List<String> maps = new ArrayList<>();

    @Option(names = "--one-pain", paramLabel = "CHOICE",
            description = "For days with a score of only one of the two pains: skip them (they stay not recorded), "
                    + "or zero (record the missing pain as 0). Needed when the file has such days.")
    String onePain;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "The time zone of Headi's times, as Europe/Zurich. Default: this computer's.")
    String timeZone;

    @Option(names = "--preview", description = "Show what the file holds and what the import would do; change "
            + "nothing.")
    boolean preview;

    @Override
    void run(Diary diary, PrintWriter out) {
        var mode = conflictMode();
        var source = Optional.ofNullable(format).map(text -> Coded.parse(Source.class, text).orElseThrow(() ->
                usage("--format: " + text + " is not " + Coded.allowed(Source.class))));
        var read = DiaryFile.read(file, source, zone(), diary.today(), Progress.NONE);
        if (read instanceof DiaryFile.HeadBackDays own) {
            if (!maps.isEmpty() || onePain != null || timeZone != null) {
                throw usage(file.getFileName() + " is HeadBack's own CSV file: --map, --one-pain and --time-zone "
                        + "are for other diaries' files");
            }
            importOrShow(diary, own.plan(), mode, out);
            return;
        }
        var other = (OtherDiary) read;
        var mapping = fromArgumentsOf(() -> MappingArguments.apply(other, maps));
        var choice = Optional.ofNullable(onePain).map(text -> Coded.parse(OnePainDays.class, text)
                .orElseThrow(() -> usage("--one-pain: " + text + " is not " + Coded.allowed(OnePainDays.class))));
        var days = OtherDays.of(other, mapping, choice);
        if (preview) {
            OtherDiaryText.preview(other, mapping, days, diary.preview(days.plan())).forEach(out::println);
            return;
        }
        if (!mapping.hasPain()) {
            throw new ImportException(other.fileName() + ": nothing in it becomes back pain or a headache; name "
                    + "what does with --map back_pain=NAME and --map headache=NAME (see --preview). Nothing was "
                    + "imported.");
        }
        days.missingChoice().ifPresent(missing -> {
            throw new ImportException(other.fileName() + ": " + missing + "; choose --one-pain skip (leave them "
                    + "out) or --one-pain zero (record the missing pain as 0). Nothing was imported.");
        });
        importOrShow(diary, days.plan(), mode, out);
    }

    private void importOrShow(Diary diary, ImportPlan plan, ConflictMode mode, PrintWriter out) {
        if (preview) {
            var would = diary.preview(plan);
            out.println(plan.fileName() + ": HeadBack's CSV. " + OtherDiaryText.ready(would));
            return;
        }
        out.println(diary.importDays(plan, mode, Progress.NONE).summary());
    }

    private ConflictMode conflictMode() {
        return switch (onConflict.strip().toLowerCase(Locale.ROOT)) {
            case "fail" -> ConflictMode.FAIL;
            case "skip" -> ConflictMode.SKIP;
            case "replace" -> ConflictMode.REPLACE;
            default -> throw usage("--on-conflict: " + onConflict + " is not fail, skip or replace");
        };
    }

    private ZoneId zone() {
        if (timeZone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw usage("--time-zone: " + timeZone + " is not a time zone (write it as Europe/Zurich or "
                    + "America/New_York)");
        }
    }

    private <T> T fromArgumentsOf(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
