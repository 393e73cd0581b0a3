package org.headback.clinic;

import java.util.Optional;
import org.headback.diary.MedicationClass;

/** The medication-overuse lines of ICHD-3 8.2, one per class of acute medication and one for several together. */
public enum OveruseLine {
    TRIPTAN(MedicationClass.TRIPTAN, IchdLines.OVERUSE_DAYS, "Triptans"),
    ERGOT(MedicationClass.ERGOT, IchdLines.OVERUSE_DAYS, "Ergots"),
    OPIOID(MedicationClass.OPIOID, IchdLines.OVERUSE_DAYS, "Opioids"),
    COMBINATION_ANALGESIC(MedicationClass.COMBINATION_ANALGESIC, IchdLines.OVERUSE_DAYS, "Combination analgesics"),
    SIMPLE_ANALGESIC(MedicationClass.SIMPLE_ANALGESIC, IchdLines.SIMPLE_ANALGESIC_DAYS,
            "Simple analgesics or NSAIDs"),
    /**
     * ICHD-3 8.2.6: any combination of the classes above on 10 or more days of a month, without any one class at
     * its own line. It needs at least two classes in the month.
     */
    SEVERAL_CLASSES(null, IchdLines.OVERUSE_DAYS, "Several classes of acute medication together");

    private final MedicationClass medicationClass;
    private final int days;
    private final String label;

    OveruseLine(MedicationClass medicationClass, int days, String label) {
        this.medicationClass = medicationClass;
        this.days = days;
        this.label = label;
    }

    /** The class this line is about; empty for {@link #SEVERAL_CLASSES}. */
    public Optional<MedicationClass> medicationClass() {
        return Optional.ofNullable(medicationClass);
    }

    /** Days a month that reach the line. */
    public int days() {
        return days;
    }

    /** "Triptans", "Simple analgesics or NSAIDs". */
    public String label() {
        return label;
    }

    /** Whether medicine of this class counts toward the overuse lines ({@code other} counts for none). */
    static boolean counts(MedicationClass medicationClass) {
        return medicationClass != MedicationClass.OTHER;
    }
}
