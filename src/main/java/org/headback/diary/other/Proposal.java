package org.headback.diary.other;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.headback.diary.MedicationClass;

/**
 * The mapping HeadBack proposes for another diary, which the user confirms or changes: a score named like lower
 * back pain becomes back pain, one named like a migraine a migraine, one named like a headache a headache; a
 * medicine becomes a medication of the class its name says (other when it says none); a tag becomes a factor.
 * Medicines of an old Flaredown export are left out, since their cells do not say they were taken.
 */
public final class Proposal {
    private static final Map<MedicationClass, List<String>> CLASS_WORDS = classWords();

    private Proposal() {
    }

    public static Mapping of(OtherDiary diary) {
        var choices = new LinkedHashMap<String, Mapping.Choice>();
        for (var trackable : diary.trackables()) {
            choices.put(trackable.name(), choice(trackable));
        }
        return new Mapping(choices);
    }

    static Mapping.Choice choice(Trackable trackable) {
        return switch (trackable.kind()) {
            case SCORE -> Mapping.Choice.of(painRole(trackable.name()));
            case MEDICINE -> trackable.takenUnknown() ? Mapping.Choice.NOT_USED
                    : Mapping.Choice.medication(medicationClass(trackable.name()));
            case TAG -> Mapping.Choice.of(Role.FACTOR);
        };
    }

    static Role painRole(String name) {
        var words = name.toLowerCase(Locale.ROOT);
        if (words.contains("migraine") || words.contains("migräne")) {
            return Role.MIGRAINE;
        }
        if (words.contains("headache") || words.contains("kopfschmerz")) {
            return Role.HEADACHE;
        }
        boolean back = words.contains("back") || words.contains("rücken");
        boolean lower = words.contains("lower") || words.contains("low ") || words.contains("lumbar")
                || words.matches("\\W*back\\s*(pain|ache)\\W*|backache|rückenschmerzen?");
        return back && lower ? Role.BACK_PAIN : Role.NOT_USED;
    }

    /** The class a medicine's name says, by its generic names; other when it names none. */
    public static MedicationClass medicationClass(String name) {
        var words = name.toLowerCase(Locale.ROOT);
        for (var entry : CLASS_WORDS.entrySet()) {
            if (entry.getValue().stream().anyMatch(words::contains)) {
                return entry.getKey();
            }
        }
        return MedicationClass.OTHER;
    }

    private static Map<MedicationClass, List<String>> classWords() {
        var words = new LinkedHashMap<MedicationClass, List<String>>();
        words.put(MedicationClass.TRIPTAN, List.of("triptan", "imigran", "maxalt", "zomig", "relpax"));
        words.put(MedicationClass.ERGOT, List.of("ergot", "dihydroergotamine", "cafergot"));
        words.put(MedicationClass.COMBINATION_ANALGESIC, List.of("excedrin", "thomapyrin", "migraleve"));
        words.put(MedicationClass.OPIOID, List.of("codeine", "tramadol", "oxycodone", "morphine", "tapentadol",
                "hydrocodone", "dihydrocodeine"));
        words.put(MedicationClass.SIMPLE_ANALGESIC, List.of("ibuprofen", "paracetamol", "acetaminophen",
                "naproxen", "aspirin", "acetylsalicylic", "diclofenac", "metamizol", "novalgin", "advil", "tylenol",
                "nurofen", "aleve", "ketoprofen", "celecoxib", "etoricoxib"));
        return words;
    }
}
