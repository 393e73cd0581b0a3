package org.headback.clinic;

import java.util.List;
import org.headback.diary.DayEntry;

/** The recorded days of a period, and how many had a headache and a migraine: what every period counts. */
record DayTally(int recordedDays, int headacheDays, int migraineDays) {
    /** Tallies {@code days}, which the caller has already limited to the period. */
    static DayTally of(List<DayEntry> days) {
        int headache = (int) days.stream().filter(DayEntry::hasHeadache).count();
        int migraine = (int) days.stream().filter(DayEntry::hasMigraine).count();
        return new DayTally(days.size(), headache, migraine);
    }
}
