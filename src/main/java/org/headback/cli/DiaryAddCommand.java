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
import org.headback.diary.Factor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code headback diary add DATE --back-pain N --headache N …}: records one day, its attacks and factors too. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Records one day. Values are checked as in the window and in CSV files.",
            "A day already in the diary is only changed with --replace."})
final class DiaryAddCommand extends DiaryWork {
    @Parameters(paramLabel = "DATE", description = "The day, yyyy-MM-dd (today or earlier).")
    String date;
    @Option(names = "--back-pain", required = true, paramLabel = "N", description = "Back pain, 0 (none) to 10.")
    String backPain;
    @Option(names = "--headache", paramLabel = "N", description = "Headache, 0 (none) to 10; it may be left out "
            + "when --attack is given, as the day's headache is then its attacks' highest peak.")
    String headache;
    @Option(names = "--back-pain-location", paramLabel = "PLACES", completionCandidates = CodesOf.BackLocations.class,
            description = "Where: ${COMPLETION-CANDIDATES}; several separated by ';' or ','.")
    String backPainLocation;
    @Option(names = "--headache-kind", paramLabel = "KIND", completionCandidates = CodesOf.HeadacheKinds.class,
            description = "${COMPLETION-CANDIDATES}.")
    String headacheKind;
    @Option(names = "--headache-hours", paramLabel = "H", description = "How long the headache lasted, 0 to 24.")
    String headacheHours;
    @Option(names = "--medication", paramLabel = "CLASS[:NAME[:DOSE[:DETAILS]]]",
            completionCandidates = CodesOf.MedicationClasses.class,
            description = {"Acute medication, once per item; CLASS is one of ${COMPLETION-CANDIDATES}.",
                "DETAILS are separated by commas, each optional: taken HH:MM, attack N (the day's attack it was "
                    + "for, from 1) and relief R (not_at_all, a_little, a_lot or pain_gone), "
                    + "for example \"triptan:sumatriptan:50 mg:taken 14:30, attack 1, relief a_lot\"."})
    List<String> medications = new ArrayList<>();
    @Option(names = "--attack", paramLabel = "TEXT",
            description = {"A headache attack, once per attack, as start;duration;peak;kind;aura;with;cost;note "
                + "where only the peak (0 to 10) is needed and empty parts at the end may be left out.",
                "The start is HH:MM (or HH:MM-HH:MM, an end before the start being past midnight), the duration "
                    + "3h, 45m or 2h30m, the aura yes, no or not_sure, with nausea, light or sound, cost lay_down "
                    + "or missed_work_or_school, for example "
                    + "\"14:00;3h;7;migraine;no;nausea,light;lay_down;long drive\"."})
    List<String> attacks = new ArrayList<>();
    @Option(names = "--factor", paramLabel = "NAME",
            description = "A yes/no factor ticked that day, once per factor; a name the diary does not know yet "
                + "becomes one of your own factors.")
    List<String> factors = new ArrayList<>();
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
        values.put(DayField.ATTACKS, String.join("|", attacks));
        values.put(DayField.FACTORS, String.join(";", factors));
        var day = fromArguments(() -> {
            var read = DayForm.day(values, diary.today());
            // Joined, an empty name would vanish and one holding ";" would read as two: each is refused as it is.
            factors.stream().filter(name -> name.isBlank() || name.contains(";")).forEach(Factor::checkName);
            return read;
        });
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
