package org.headback.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One day of the diary. Every value is checked here, so no invalid day exists anywhere in the app: whatever door
 * it came in by (the window, the command line, a CSV file), a day that does not fit throws
 * {@link InvalidValueException} naming the field. The date alone is checked at the doors ({@link #checkDate}), not
 * here: a day that an older version saved before {@link #EARLIEST} must still read back.
 *
 * <p>A day holds zero or more headache {@link Attack attacks}. A day with none keeps its own headache score, kind
 * and hours exactly as recorded (days recorded before attacks existed read as they did). A day with attacks takes
 * them from its attacks, whatever it was given: the headache is the highest peak, the kind is the kind of the first
 * attack with that peak, and the hours are the sum of the attacks' known durations, at most 24, rounded to six
 * decimals (none when no duration is known). When the highest peak is 0 the day has no headache, so no kind and no
 * hours. {@link DayForm} refuses a score, kind or hours given with attacks that says otherwise.
 *
 * @param backPain      0–10, 0 meaning none
 * @param headache      0–10, 0 meaning none
 * @param headacheHours how long the headache lasted, 0–24
 * @param sleepHours    0–24
 * @param stress        0–10
 * @param warningSigns  the codes of the warning signs ticked that day ({@link WarningSigns}), in the checklist's order
 * @param attacks       the day's headache attacks, in the user's order; a medication names one by its number
 * @param factors       the names of the yes/no factors ticked that day ({@link Factor#checkName}), none the same
 *                      ignoring case
 */
public record DayEntry(LocalDate date, int backPain, Set<BackLocation> backLocations, int headache,
                       Optional<HeadacheKind> headacheKind, OptionalDouble headacheHours,
                       List<Medication> medications, OptionalDouble sleepHours, OptionalInt stress, String notes,
                       Set<String> warningSigns, List<Attack> attacks, Set<String> factors) {
    public static final int MAX_SCALE = 10;
    public static final double MAX_HOURS = 24;
    public static final int MAX_NOTES = 100_000;
    /**
     * The earliest day a diary takes. A diary is kept by a living person, so it needs no earlier day, and the charts'
     * date axis starts in 1900.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public DayEntry {
        Objects.requireNonNull(date, "date");
        attacks = List.copyOf(attacks);
        if (!attacks.isEmpty()) {
            var worst = AttackSeverity.of(attacks);
            headache = worst.headache();
            headacheKind = worst.kind();
            headacheHours = worst.hours();
        }
        checkScale(DayField.BACK_PAIN, backPain);
        checkScale(DayField.HEADACHE, headache);
        backLocations = backLocations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(backLocations));
        Objects.requireNonNull(headacheKind, "headacheKind");
        headacheHours.ifPresent(hours -> checkHours(DayField.HEADACHE_HOURS, hours));
        headacheHours = withoutNegativeZero(headacheHours);
        medications = List.copyOf(medications);
        sleepHours.ifPresent(hours -> checkHours(DayField.SLEEP_HOURS, hours));
        sleepHours = withoutNegativeZero(sleepHours);
        stress.ifPresent(value -> checkScale(DayField.STRESS, value));
        notes = notes == null ? "" : notes;
        if (notes.length() > MAX_NOTES) {
            throw new InvalidValueException(DayField.NOTES, "the notes are longer than 100,000 characters");
        }
        checkConsistent(backPain, backLocations, headache, headacheKind, headacheHours);
        warningSigns = WarningSigns.catalogue().ordered(warningSigns);
        checkAttacksExist(medications, attacks.size());
        factors = Factor.checkNames(factors);
    }

    private static void checkAttacksExist(List<Medication> medications, int attacks) {
        for (var medication : medications) {
            if (medication.attack().isPresent() && medication.attack().getAsInt() > attacks) {
                var what = medication.name().isEmpty() ? medication.medicationClass().code() : medication.name();
                throw new InvalidValueException(DayField.MEDICATION, DayText.quoted(what) + " is for attack "
                        + medication.attack().getAsInt() + ", but the day has no attack "
                        + medication.attack().getAsInt());
            }
        }
    }

    private static void checkConsistent(int backPain, Set<BackLocation> locations, int headache,
                                        Optional<HeadacheKind> kind, OptionalDouble hours) {
        if (backPain == 0 && !locations.isEmpty()) {
            throw new InvalidValueException(DayField.BACK_PAIN_LOCATION, "a place is given, but back_pain is 0");
        }
        if (headache == 0 && kind.isPresent()) {
            throw new InvalidValueException(DayField.HEADACHE_KIND, "a kind is given, but headache is 0");
        }
        if (headache == 0 && hours.isPresent() && hours.getAsDouble() > 0) {
            throw new InvalidValueException(DayField.HEADACHE_HOURS, "hours are given, but headache is 0");
        }
    }

    /** "-0" hours are 0 hours: the database keeps no sign on zero, so a day reads back as it was saved. */
    private static OptionalDouble withoutNegativeZero(OptionalDouble hours) {
        return hours.isPresent() ? OptionalDouble.of(hours.getAsDouble() + 0.0) : hours;
    }

    /** Refuses a date before {@link #EARLIEST} or after today: no diary can hold such a day. */
    public static void checkDate(LocalDate date, LocalDate today) {
        if (date.isBefore(EARLIEST)) {
            throw new InvalidValueException(DayField.DATE, tooEarly(date));
        }
        if (date.isAfter(today)) {
            throw new InvalidValueException(DayField.DATE, date + " is in the future");
        }
    }

    /** What is wrong with a day before {@link #EARLIEST}, in the words every door uses. */
    public static String tooEarly(LocalDate date) {
        return date + " is before " + EARLIEST + ", the earliest day a diary takes";
    }

    static void checkScale(DayField field, int value) {
        if (value < 0 || value > MAX_SCALE) {
            throw new InvalidValueException(field, value + " is not between 0 and 10");
        }
    }

    static void checkHours(DayField field, double hours) {
        if (Double.isNaN(hours) || hours < 0 || hours > MAX_HOURS) {
            throw new InvalidValueException(field, DayText.hours(hours) + " is not between 0 and 24");
        }
    }

    /** Back pain of at least 1. */
    public boolean hasBackPain() {
        return backPain > 0;
    }

    /** A headache of at least 1. */
    public boolean hasHeadache() {
        return headache > 0;
    }

    /** A headache recorded as a migraine. */
    public boolean hasMigraine() {
        return headacheKind.filter(HeadacheKind.MIGRAINE::equals).isPresent();
    }

    /** At least one attack was recorded. */
    public boolean hasAttacks() {
        return !attacks.isEmpty();
    }

    /** At least one warning sign was ticked. */
    public boolean hasWarningSign() {
        return !warningSigns.isEmpty();
    }

    public static Builder on(LocalDate date) {
        return new Builder(date);
    }

    /** A day whose date is set later, as {@link DayForm} reads it with the other fields. */
    static Builder undated() {
        return new Builder(null);
    }

    /** A copy to change: {@code day.toBuilder().headache(4).build()}. */
    public Builder toBuilder() {
        var builder = new Builder(date).backPain(backPain).backLocations(backLocations).headache(headache)
                .medications(medications).notes(notes).warningSigns(warningSigns).attacks(attacks).factors(factors);
        headacheKind.ifPresent(builder::headacheKind);
        headacheHours.ifPresent(builder::headacheHours);
        sleepHours.ifPresent(builder::sleepHours);
        stress.ifPresent(builder::stress);
        return builder;
    }

    /** Builds a day step by step; {@link #build()} checks it. */
    public static final class Builder {
        private LocalDate date;
        private int backPain;
        private Set<BackLocation> backLocations = Set.of();
        private int headache;
        private Optional<HeadacheKind> headacheKind = Optional.empty();
        private OptionalDouble headacheHours = OptionalDouble.empty();
        private List<Medication> medications = new ArrayList<>();
        private OptionalDouble sleepHours = OptionalDouble.empty();
        private OptionalInt stress = OptionalInt.empty();
        private String notes = "";
        private Set<String> warningSigns = Set.of();
        private List<Attack> attacks = List.of();
        private Set<String> factors = Set.of();

        private Builder(LocalDate date) {
            this.date = date;
        }

        Builder date(LocalDate value) {
            date = value;
            return this;
        }

        public Builder backPain(int value) {
            backPain = value;
            return this;
        }

        public Builder backLocations(Set<BackLocation> value) {
            backLocations = value;
            return this;
        }

        public Builder headache(int value) {
            headache = value;
            return this;
        }

        public Builder headacheKind(HeadacheKind value) {
            headacheKind = Optional.ofNullable(value);
            return this;
        }

        public Builder headacheHours(double value) {
            headacheHours = OptionalDouble.of(value);
            return this;
        }

        public Builder medications(List<Medication> value) {
            medications = new ArrayList<>(value);
            return this;
        }

        public Builder sleepHours(double value) {
            sleepHours = OptionalDouble.of(value);
            return this;
        }

        public Builder stress(int value) {
            stress = OptionalInt.of(value);
            return this;
        }

        public Builder notes(String value) {
            notes = value;
            return this;
        }

        /** The codes of the warning signs ticked; an unknown code is refused by {@link #build()}. */
        public Builder warningSigns(Set<String> value) {
            warningSigns = value;
            return this;
        }

        /** The day's attacks; with any, the headache, its kind and hours are taken from them. */
        public Builder attacks(List<Attack> value) {
            attacks = List.copyOf(value);
            return this;
        }

        /** The names of the factors ticked. */
        public Builder factors(Set<String> value) {
            factors = value;
            return this;
        }

        public DayEntry build() {
            return new DayEntry(date, backPain, backLocations, headache, headacheKind, headacheHours, medications,
                    sleepHours, stress, notes, warningSigns, attacks, factors);
        }
    }
}
