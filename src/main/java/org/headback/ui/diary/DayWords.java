package org.headback.ui.diary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.headback.diary.DayField;
import org.headback.text.Words;

/** The day's entry's words for a day and for its fields, as the user reads them. */
final class DayWords {
    private DayWords() {
    }

    /** "", or how far the day is from today, for a heading that makes another day unmistakable. */
    static String notToday(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(day, today);
        return Words.format("not-today", days, Math.abs(days));
    }

    /** A field's name as its label reads: "Stress", "Hours it lasted". */
    static String label(DayField field) {
        return switch (field) {
            case BACK_PAIN -> "Back pain";
            case BACK_PAIN_LOCATION -> "Where the back pain is";
            case HEADACHE -> "Headache";
            case HEADACHE_KIND -> "Kind of headache";
            case HEADACHE_HOURS -> "Hours it lasted";
            case MEDICATION -> "Acute medication";
            case SLEEP_HOURS -> "Sleep";
            case STRESS -> "Stress";
            case NOTES -> "Notes";
            case ATTACKS -> "Headache attacks";
            default -> field.column();
        };
    }

    /** "; headache not given, recorded as 0 (none)", or "" when every severity was given. */
    static String recordedAsNone(List<DayField> notGiven) {
        if (notGiven.isEmpty()) {
            return "";
        }
        return "; " + String.join(" and ", notGiven.stream().map(field -> label(field).toLowerCase(Locale.ROOT))
                .toList()) + " not given, recorded as 0 (none)";
    }
}
