package org.headback.clinic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.headback.text.Dates;
import org.headback.text.Words;

/**
 * What the counts show, as calm sentences to take to a clinician: the line that was reached, where it comes from,
 * and "talk to your doctor about it". Never a diagnosis, never an alarm.
 */
final class ClinicalNotes {
    static final String TALK = "talk to your doctor about it.";

    private ClinicalNotes() {
    }

    static List<String> of(List<MonthCount> months, RecentDays recent, Optional<MonthRun> headacheRun,
                           Optional<MonthRun> overuseRun) {
        var notes = new ArrayList<String>();
        if (months.stream().noneMatch(MonthCount::recorded)) {
            notes.add("No days are recorded in these months, so there is nothing to count yet.");
            return notes;
        }
        headacheRun.ifPresent(run -> notes.add("15 or more headache days a month in each of " + run.months()
                + " months in a row (" + span(run) + "). ICHD-3 speaks of chronic headache when this goes on for "
                + "more than 3 months; " + TALK));
        atLine(months, MonthCount::atHeadacheLine).ifPresent(text -> notes.add("15 or more headache days in "
                + text + ". 15 or more headache days a month is the line ICHD-3 uses for chronic headache; "
                + TALK));
        atLine(months, MonthCount::atMigraineLine).ifPresent(text -> notes.add("8 or more migraine days among "
                + "15 or more headache days in " + text + ". ICHD-3 uses these lines for chronic migraine; "
                + TALK));
        if (recent.atHeadacheLine()) {
            notes.add(recent.headacheDays() + " headache days in the last 30 days: 15 or more a month is the line "
                    + "ICHD-3 uses for chronic headache; " + TALK);
        }
        overuseRun.ifPresent(run -> notes.add("Acute medication at or over an overuse line in each of "
                + run.months() + " months in a row (" + span(run) + "). ICHD-3 speaks of medication overuse when "
                + "this goes on for more than 3 months; " + TALK));
        for (var line : OveruseLine.values()) {
            atLine(months, month -> month.overuseLines().contains(line)).ifPresent(text -> notes.add(
                    overuse(line, text)));
        }
        if (months.stream().anyMatch(month -> month.recorded() && !month.complete())) {
            notes.add("Months not fully recorded show at least how many days there were: a day you did not "
                    + "record counts neither as a headache day nor as a day without one.");
        }
        return notes;
    }

    private static String overuse(OveruseLine line, String when) {
        if (line == OveruseLine.SEVERAL_CLASSES) {
            return "Acute medication of several classes together on " + line.days() + " or more days in " + when
                    + ", without any one class at its own line. ICHD-3 uses " + line.days() + " days a month as "
                    + "the line for medication overuse with several classes; " + TALK;
        }
        return line.label() + " on " + line.days() + " or more days in " + when + ". ICHD-3 uses " + line.days()
                + " days a month as the line for medication overuse with "
                + Words.inSentence(line.label()) + "; " + TALK;
    }

    /** "July 2026", or "3 of the 12 months counted (the latest July 2026)"; empty when no month is at the line. */
    private static Optional<String> atLine(List<MonthCount> months, Predicate<MonthCount> test) {
        var at = months.stream().filter(test).toList();
        if (at.isEmpty()) {
            return Optional.empty();
        }
        var latest = Dates.ofUser().month(at.get(at.size() - 1).month());
        if (at.size() == 1) {
            return Optional.of(latest);
        }
        return Optional.of(at.size() + " of the " + months.size() + " months counted (the latest " + latest + ")");
    }

    private static String span(MonthRun run) {
        return Dates.ofUser().month(run.first()) + " to " + Dates.ofUser().month(run.last());
    }
}
