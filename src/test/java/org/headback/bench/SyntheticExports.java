package org.headback.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up exports of other diaries, a day after another, written as each app writes them (see the samples in
 * {@code src/test/resources/other-diaries}): for the benchmark of their import.
 */
final class SyntheticExports {
    private static final String[] TAGS = {"poor sleep", "long drive", "stress at work, deadlines", "Föhn"};
    private static final String[] FACTORS = {"Sedentary", "Walk", "Heat pad", "Physio exercises", "Long drive"};
    private static final String[] SEVERITY = {"None", "Mild", "Moderate", "Severe", "Unbearable"};

    private SyntheticExports() {
    }

    static String flaredown(LocalDate first, LocalDate last) {
        var random = new Random(1);
        var text = new StringBuilder("Date,Lower back pain,Migraine,Headache,Nausea,Sumatriptan,Ibuprofen,Tags,Foods,"
                + "Weather summary,Weather max temperature,Weather min temperature,Weather pressure,"
                + "Weather precipitation intensity,Weather humidity\n");
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            int checkIns = random.nextInt(10) == 0 ? 2 : 1;
            for (int i = 0; i < checkIns; i++) {
                text.append(day).append(String.format(Locale.ROOT, "T%02d:%02d:%02d+00:00", random.nextInt(24),
                        random.nextInt(60), random.nextInt(60)));
                text.append(',').append(random.nextInt(5)).append(',').append(random.nextInt(4) == 0 ? "" : "0")
                        .append(',').append(random.nextInt(5)).append(',').append(random.nextInt(3))
                        .append(',').append(random.nextInt(8) == 0 ? "50 mg" : "Not Taken")
                        .append(',').append(random.nextInt(4) == 0 ? "2 x 400 mg" : "Not Taken").append(',')
                        .append(random.nextInt(3) == 0 ? "\"" + TAGS[random.nextInt(TAGS.length)] + "\"" : "\"\"")
                        .append(",\"\",\"General conditions are fog, with an average temperature of 51.6.\","
                                + "55.4,47.9,30.18,0.0,92.0\n");
            }
        }
        return text.toString();
    }

    static String bearable(LocalDate first, LocalDate last) {
        var random = new Random(2);
        var text = new StringBuilder("date,weekday,time of day,category,rating/amount,detail,notes");
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            var date = "\"" + ordinal(day.getDayOfMonth()) + " " + day.getMonth().getDisplayName(TextStyle.SHORT,
                    Locale.ENGLISH) + " " + day.getYear() + "\",\"" + day.getDayOfWeek().getDisplayName(
                    TextStyle.FULL, Locale.ENGLISH) + "\",";
            row(text, date, "21:05", "Mood", "6", "Content | Hopeful | Tired", "");
            for (var segment : new String[] {"am", "mid", "pm"}) {
                int back = 1 + random.nextInt(4);
                row(text, date, segment, "Symptom", Integer.toString(back), "Back (lower) pain (" + SEVERITY[back]
                        + ")", "");
            }
            if (random.nextInt(3) == 0) {
                int headache = 1 + random.nextInt(4);
                row(text, date, "mid", "Symptom", Integer.toString(headache), "Headache (" + SEVERITY[headache]
                        + ")", "");
                row(text, date, "9:30", "Meds/Supplements", "400", "Ibuprofen (mg)", "");
            }
            row(text, date, "all day", "Factors", "", FACTORS[random.nextInt(FACTORS.length)] + " | "
                    + FACTORS[random.nextInt(FACTORS.length)], "");
            row(text, date, "13:46", "Energy", "4", "Good", "");
            row(text, date, "", "Sleep", "7:30", "Asleep 00:00 - 07:30. In bed 23:45 - 07:40", ". ");
            row(text, date, "", "Sleep quality", "3", "OK", "");
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String date, String time, String category, String rating,
                            String detail, String notes) {
        text.append('\n').append(date).append('"').append(time).append("\",\"").append(category).append("\",\"")
                .append(rating).append("\",\"").append(detail).append("\",\"").append(notes).append('"');
    }

    private static String ordinal(int day) {
        var suffix = day / 10 == 1 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return day + suffix;
    }

    static String headi(LocalDate first, LocalDate last, ZoneId zone) {
        var random = new Random(3);
        var text = new StringBuilder("_id,pain,start_date,end_date,duration,strength,medication,medication_amount,"
                + "description\n");
        int id = 1;
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            long morning = day.atTime(7, random.nextInt(60)).atZone(zone).toInstant().toEpochMilli();
            id = episode(text, id, "Lower back pain", morning, 1 + random.nextInt(10), random.nextInt(3) == 0
                    ? "Ibuprofen 400" : "", "");
            if (random.nextInt(2) == 0) {
                long evening = day.atTime(18, random.nextInt(60)).atZone(zone).toInstant().toEpochMilli();
                id = episode(text, id, random.nextInt(4) == 0 ? "Migraine" : "Tension headache", evening,
                        1 + random.nextInt(10), random.nextInt(4) == 0 ? "Sumatriptan 50 mg" : "",
                        random.nextInt(5) == 0 ? "\"Aura, then throbbing\"" : "");
            }
        }
        return text.toString();
    }

    private static int episode(StringBuilder text, int id, String pain, long start, int strength, String medicine,
                               String description) {
        long lasted = 3_600_000L + (id % 7) * 1_234_567L;
        text.append(id).append(',').append(pain).append(',').append(start).append(',').append(start + lasted)
                .append(',').append(lasted).append(',').append(strength).append(',').append(medicine).append(',')
                .append(medicine.isEmpty() ? 0 : 1).append(',').append(description).append('\n');
        return id + 1;
    }
}
