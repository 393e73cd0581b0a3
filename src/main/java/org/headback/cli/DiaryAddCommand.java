package org.headback.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.headback.diary.AlreadyRecordedException;
import org.headback.diary.DayEntry;
import org.headback.diary.DayField;
import org.headback.diary.DayForm;
import org.headback.diary.Diary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code headback diary add DATE --back-pain N --headache N …}: records one day. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Records one day. Values are checked as in the window and in CSV files.",
            "A day already in the diary is only changed with --replace."})
final class DiaryAddCommand extends DiaryWork {
    @Parameters(paramLabel = "DATE", description = "The day, yyyy-MM-dd (today or earlier).")
    String date;
    @Option(names = "--back-pain", required = true, paramLabel = "N", description = "Back pain, 0 (none) to 10.")
    String backPain;
    @Option(names = "--headache", required = true, paramLabel = "N", description = "Headache, 0 (none) to 10.")
    String headache;
    @Option(names = "--back-pain-location", paramLabel = "PLACES", completionCandidates = CodesOf.BackLocations.class,
            description = "Where: ${COMPLETION-CANDIDATES}; several separated by ';' or ','.")
    String backPainLocation;
    @Option(names = "--headache-kind", paramLabel = "KIND", completionCandidates = CodesOf.HeadacheKinds.class,
            description = "${COMPLETION-CANDIDATES}.")
    String headacheKind;
    @Option(names = "--headache-hours", paramLabel = "H", description = "How long the headache lasted, 0 to 24.")
    String headacheHours;
    @Option(names = "--medication", paramLabel = "CLASS[:NAME[:DOSE]]",
            completionCandidates = CodesOf.MedicationClasses.class,
            description = "Acute medication, once per item; CLASS is one of ${COMPLETION-CANDIDATES}.")
    List<String> medications = new ArrayList<>();
    @Option(names = "--sleep-hours", paramLabel = "H", description = "Hours of sleep, 0 to 24.")
    String sleepHours;
    @Option(names = "--stress", paramLabel = "N", description = "Stress, 0 to 10.")
    String stress;
    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes, any text.")
    String notes = "";
    @Option(names = "--warning-sign", paramLabel = "CODE", completionCandidates = WarningSignCodes.class,
            description = "A warning sign ticked that day, once per sign; the back-pain signs, then the headache "
                + "signs: ${COMPLETION-CANDIDATES}.")
    List<String> warningSigns = new ArrayList<>();
    @Option(names = "--replace", description = "Replace the day if it is already recorded.")
    boolean replace;

    /**
     * Makes {@code diary add} read its DATE even when it looks like an option ({@code -0001-01-01}), so that what is
     * wrong with it is said of it as a date; an unknown option ({@code --bogus}) is still refused as one.
     */
    static void readDatesThatLookLikeOptions(CommandLine add) {
        add.setUnmatchedOptionsArePositionalParams(true);
    }

    @Override
    void run(Diary diary, PrintWriter out) {
        if (date.startsWith("-") && !date.matches("-\\d.*")) {
            throw new ParameterException(spec.commandLine(), "Unknown option: '" + date + "'");
        }
        var values = new EnumMap<DayField, String>(DayField.class);
        values.put(DayField.DATE, date);
        values.put(DayField.BACK_PAIN, backPain);
        values.put(DayField.HEADACHE, headache);
        values.put(DayField.BACK_PAIN_LOCATION, backPainLocation);
        values.put(DayField.HEADACHE_KIND, headacheKind);
        values.put(DayField.HEADACHE_HOURS, headacheHours);
        values.put(DayField.MEDICATION, String.join(";", medications));
        values.put(DayField.SLEEP_HOURS, sleepHours);
        values.put(DayField.STRESS, stress);
        values.put(DayField.NOTES, notes);
        values.put(DayField.WARNING_SIGNS, String.join(";", warningSigns));
        var day = fromArguments(() -> DayForm.day(values, diary.today()));
        if (replace) {
            diary.save(day);
        } else {
            add(diary, day);
        }
        out.println((replace ? "saved " : "added ") + day.date());
    }

    private static void add(Diary diary, DayEntry day) {
        try {
            diary.add(day);
        } catch (AlreadyRecordedException e) {
            throw new IllegalStateException(e.getMessage() + "; use --replace to change it", e);
        }
    }
}
