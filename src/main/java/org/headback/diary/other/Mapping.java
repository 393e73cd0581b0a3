package org.headback.diary.other;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.headback.diary.MedicationClass;

/**
 * What each of another diary's trackables becomes in HeadBack, by its name in the file; a name not in the mapping
 * is not used.
 */
public record Mapping(Map<String, Choice> choices) {
    public Mapping {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    /** Nothing used yet. */
    public static Mapping none() {
        return new Mapping(Map.of());
    }

    /** What the trackable of this name becomes. */
    public Choice of(String name) {
        return choices.getOrDefault(name, Choice.NOT_USED);
    }

    /** The same mapping but for one trackable. */
    public Mapping with(String name, Choice choice) {
        var changed = new LinkedHashMap<>(choices);
        changed.put(name, choice);
        return new Mapping(changed);
    }

    /** Whether anything becomes back pain or a headache. */
    public boolean hasPain() {
        return choices.values().stream().anyMatch(choice -> choice.role() != Role.NOT_USED
                && choice.role() != Role.MEDICATION && choice.role() != Role.FACTOR);
    }

    /**
     * A role, and for a medication its class (for the medication-overuse counters).
     *
     * @param medicationClass present exactly for {@link Role#MEDICATION}
     */
    public record Choice(Role role, Optional<MedicationClass> medicationClass) {
        public static final Choice NOT_USED = new Choice(Role.NOT_USED, Optional.empty());

        public Choice {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(medicationClass, "medicationClass");
            if (medicationClass.isPresent() != (role == Role.MEDICATION)) {
                throw new IllegalArgumentException("a class is given exactly for a medication");
            }
        }

        public static Choice of(Role role) {
            return new Choice(role, Optional.empty());
        }

        public static Choice medication(MedicationClass medicationClass) {
            return new Choice(Role.MEDICATION, Optional.of(medicationClass));
        }
    }
}
