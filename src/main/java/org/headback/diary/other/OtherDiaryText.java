package org.headback.diary.other;

import java.util.ArrayList;
import java.util.List;
import org.headback.diary.ImportPreview;
import org.headback.text.Words;

/** Another diary's file and what importing it would do, in words, as the preview shows it. */
public final class OtherDiaryText {
    /** A long list of days is cut, so that the preview stays readable. */
    private static final int DAYS_NAMED = 10;

    private OtherDiaryText() {
    }

    /** "sample.csv: Flaredown (…), 45 rows, 44 days with entries, 2024-03-04 to 2024-04-17." */
    public static String holds(OtherDiary diary) {
        var text = new StringBuilder(diary.fileName()).append(": ").append(diary.describe()).append(", ")
                .append(Words.count("row", diary.rows())).append(", ")
                .append(Words.count("day", diary.entryDays().size())).append(" with entries");
        diary.first().ifPresent(first -> text.append(", ").append(first).append(" to ")
                .append(diary.last().orElseThrow()));
        return text.append('.').toString();
    }

    /** "Lower back pain (a score, on 42 days)". */
    public static String trackable(Trackable trackable) {
        var what = MappingArguments.what(trackable.kind());
        var text = trackable.name() + " (" + what + ", on " + Words.count("day", trackable.days());
        if (trackable.takenUnknown()) {
            text += "; this old export does not say whether it was taken";
        }
        return text + ")";
    }

    /** "medication, simple_analgesic": a choice in the command line's words. */
    public static String choice(Mapping.Choice choice) {
        return choice.role().code() + choice.medicationClass().map(type -> ", " + type.code()).orElse("");
    }

    /** The lines of the command line's preview: what the file holds, what each trackable becomes, what happens. */
    public static List<String> preview(OtherDiary diary, Mapping mapping, OtherDays days, ImportPreview preview) {
        var lines = new ArrayList<String>();
        lines.add(holds(diary));
        lines.add("What it tracks, and what each becomes:");
        for (var trackable : diary.trackables()) {
            lines.add("  " + trackable(trackable) + ": " + choice(mapping.of(trackable.name())));
        }
        if (!days.onePainDays().isEmpty()) {
            lines.add(onePain(days));
        }
        lines.add(ready(preview));
        if (!days.plan().notUsed().isEmpty()) {
            lines.add("Not used: " + String.join("; ", days.plan().notUsed()) + ".");
        }
        return lines;
    }

    /** "16 days have a score of only one of the two pains: 2024-03-04, 2024-03-05 … and 6 more days." */
    public static String onePain(OtherDays days) {
        return Words.format("count.day-has", days.onePainDays().size()) + " a score of only one of the two pains: "
                + someDays(days) + ".";
    }

    /** "Would import 40 days: 38 new, 2 already in the diary (first 2024-03-04, line 2)." */
    public static String ready(ImportPreview preview) {
        int total = preview.newDays() + preview.conflicts().size();
        var text = new StringBuilder("Would import ").append(Words.count("day", total));
        if (!preview.conflicts().isEmpty()) {
            text.append(": ").append(preview.newDays()).append(" new, ")
                    .append(Words.format("count.are", preview.conflicts().size()))
                    .append(" already in the diary (first ")
                    .append(preview.firstConflict().map(day -> day.describe()).orElse("")).append(')');
        }
        return text.append('.').toString();
    }

    private static String someDays(OtherDays days) {
        var named = days.onePainDays().stream().limit(DAYS_NAMED).map(Object::toString).toList();
        var more = days.onePainDays().size() - named.size();
        return String.join(", ", named) + (more > 0 ? " and " + Words.count("more-day", more) : "");
    }
}
