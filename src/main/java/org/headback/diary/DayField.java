package org.headback.diary;

/** The parts of a day's record, by the names CSV files and messages use for them. */
public enum DayField {
    DATE("date"),
    BACK_PAIN("back_pain"),
    BACK_PAIN_LOCATION("back_pain_location"),
    HEADACHE("headache"),
    HEADACHE_KIND("headache_kind"),
    HEADACHE_HOURS("headache_hours"),
    MEDICATION("medication"),
    SLEEP_HOURS("sleep_hours"),
    STRESS("stress"),
    NOTES("notes"),
    WARNING_SIGNS("warning_signs"),
    /** The day's headache attacks, in the form {@link DayForm} documents. */
    ATTACKS("attacks"),
    /** The names of the yes/no factors ticked that day, separated by {@code ;}. */
    FACTORS("factors");

    private final String column;

    DayField(String column) {
        this.column = column;
    }

    /** The CSV column's name, also used in messages: "back_pain: 11 is not between 0 and 10". */
    public String column() {
        return column;
    }
}
