package org.headback.diary.other;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.headback.diary.Attack;
import org.headback.diary.DayEntry;
import org.headback.diary.Factor;
import org.headback.diary.HeadacheKind;
import org.headback.diary.ImportPlan;
import org.headback.diary.InvalidValueException;
import org.headback.diary.Medication;
import org.headback.text.Words;

/**
 * Another diary's days as HeadBack's, by a mapping. A day's back pain is the highest score of what became back
 * pain, its headache the highest of what became a headache or a migraine (a migraine-mapped score above 0 makes it
 * a migraine day); a Headi episode mapped to a headache becomes an attack with its start and length. A day with no
 * score of either pain stays not recorded; a day with a score of only one is left out or has the other as 0, as the
 * user chose ({@link OnePainDays}), and is listed until they do.
 *
 * @param plan        the days, ready for the diary's import
 * @param onePainDays the days with a score of only one of the two pains, chosen for or not
 * @param withoutPain the days with rows but no score of either pain
 */
public record OtherDays(ImportPlan plan, List<LocalDate> onePainDays, List<LocalDate> withoutPain,
                        Optional<OnePainDays> onePain) {
    public OtherDays {
        onePainDays = List.copyOf(onePainDays);
        withoutPain = List.copyOf(withoutPain);
    }

    /** The diary's days by this mapping; days of one pain only are left out until {@code onePain} says. */
    public static OtherDays of(OtherDiary diary, Mapping mapping, Optional<OnePainDays> onePain) {
        return new Making(diary, mapping, onePain).make();
    }

    /** What must still be chosen before the days can be imported, in words; empty when nothing. */
    public Optional<String> missingChoice() {
        if (onePainDays.isEmpty() || onePain.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Words.format("count.day-has", onePainDays.size()) + " a score of only one of the two "
                + "pains (the first is " + plan.firstInFile(onePainDays).orElseThrow().describe() + ")");
    }

    private static final class Making {
        private final OtherDiary diary;
        private final Mapping mapping;
        private final Optional<OnePainDays> onePain;
        private final Map<LocalDate, List<Reading>> readings;
        private final Map<LocalDate, List<Intake>> intakes;
        private final Map<LocalDate, List<Mark>> tags;
        private final Map<LocalDate, List<Mark>> notes;
        private final Map<String, Role> roles = new HashMap<>();
        private final List<LocalDate> onePainDays = new ArrayList<>();
        private final List<LocalDate> withoutPain = new ArrayList<>();
        private int tooLong;

        private Making(OtherDiary diary, Mapping mapping, Optional<OnePainDays> onePain) {
            this.diary = diary;
            this.mapping = mapping;
            this.onePain = onePain;
            readings = diary.readings().stream().collect(Collectors.groupingBy(Reading::day));
            intakes = diary.intakes().stream().collect(Collectors.groupingBy(Intake::day));
            tags = diary.tags().stream().collect(Collectors.groupingBy(Mark::day));
            notes = diary.notes().stream().collect(Collectors.groupingBy(Mark::day));
        }

        private OtherDays make() {
            var days = new ArrayList<DayEntry>();
            for (var entry : diary.entryDays().entrySet()) {
                try {
                    day(entry.getKey()).ifPresent(days::add);
                } catch (InvalidValueException e) {
                    throw RowProblem.at(diary.fileName(), entry.getValue(), e.field().column(), e.problem()
                            + " (on " + entry.getKey() + ")");
                }
            }
            var plan = new ImportPlan(diary.fileName(), days, List.of(), diary.lines(), notUsed());
            return new OtherDays(plan, onePainDays, withoutPain, onePain);
        }

        private Optional<DayEntry> day(LocalDate date) {
            int back = -1;
            int head = -1;
            boolean migraine = false;
            var attacks = new ArrayList<Attack>();
            var attackOnLine = new HashMap<Long, Integer>();
            for (var reading : readings.getOrDefault(date, List.of())) {
                var role = role(reading.trackable());
                if (role == Role.BACK_PAIN) {
                    back = Math.max(back, reading.score());
                } else if (role.isHeadache()) {
                    head = Math.max(head, reading.score());
                    migraine |= role == Role.MIGRAINE && reading.score() > 0;
                    if (reading.isEpisode()) {
                        if (attacks.size() == Attack.MOST_IN_A_DAY) {
                            throw RowProblem.at(diary.fileName(), reading.line(), reading.trackable(), "the "
                                    + (Attack.MOST_IN_A_DAY + 1) + "th headache episode of " + date + "; a day "
                                    + "holds at most " + Attack.MOST_IN_A_DAY + " attacks");
                        }
                        attacks.add(attack(reading, role));
                        attackOnLine.put(reading.line(), attacks.size());
                    }
                }
            }
            return day(date, back, head, migraine, attacks, attackOnLine);
        }

        /** The day of these scores, -1 for none. */
        private Optional<DayEntry> day(LocalDate date, int back, int head, boolean migraine, List<Attack> attacks,
                                       Map<Long, Integer> attackOnLine) {
            if (back < 0 && head < 0) {
                withoutPain.add(date);
                return Optional.empty();
            }
            if (back < 0 || head < 0) {
                onePainDays.add(date);
                if (onePain.orElse(OnePainDays.SKIP) == OnePainDays.SKIP) {
                    return Optional.empty();
                }
            }
            var day = DayEntry.on(date).backPain(Math.max(back, 0)).headache(Math.max(head, 0)).attacks(attacks);
            if (migraine && attacks.isEmpty()) {
                day.headacheKind(HeadacheKind.MIGRAINE);
            }
            return Optional.of(day.medications(medications(date, attackOnLine)).factors(factors(date))
                    .notes(notes(date)).build());
        }

        private Attack attack(Reading episode, Role role) {
            var attack = Attack.ofPeak(episode.score()).start(episode.start().orElseThrow());
            if (role == Role.MIGRAINE) {
                attack.kind(HeadacheKind.MIGRAINE);
            }
            var lasted = episode.duration().orElseThrow();
            if (lasted.compareTo(Attack.LONGEST) <= 0) {
                attack.duration(lasted);
            } else {
                tooLong++;
            }
            return attack.build();
        }

        private Role role(String trackable) {
            return roles.computeIfAbsent(trackable, name -> mapping.of(name).role());
        }

        private List<Medication> medications(LocalDate date, Map<Long, Integer> attackOnLine) {
            var taken = new ArrayList<Medication>();
            for (var intake : intakes.getOrDefault(date, List.of())) {
                var choice = mapping.of(intake.medicine());
                if (choice.role() != Role.MEDICATION) {
                    continue;
                }
                var attack = attackOnLine.get(intake.line());
                taken.add(new Medication(choice.medicationClass().orElseThrow(), intake.medicine(), intake.dose(),
                        intake.taken(), attack == null ? OptionalInt.empty() : OptionalInt.of(attack),
                        Optional.empty()));
            }
            return taken;
        }

        private Set<String> factors(LocalDate date) {
            var seen = new HashSet<String>();
            var names = new LinkedHashSet<String>();
            for (var tag : tags.getOrDefault(date, List.of())) {
                if (role(tag.text()) == Role.FACTOR
                        && seen.add(Factor.sameIgnoringCase(tag.text().strip()))) {
                    names.add(tag.text().strip());
                }
            }
            return names;
        }

        private String notes(LocalDate date) {
            return notes.getOrDefault(date, List.of()).stream().map(Mark::text).distinct()
                    .collect(Collectors.joining("\n"));
        }

        private List<String> notUsed() {
            var unused = new ArrayList<>(diary.notUsed());
            for (var trackable : diary.trackables()) {
                if (role(trackable.name()) == Role.NOT_USED && trackable.days() > 0) {
                    unused.add(trackable.name() + ", on " + Words.count("day", trackable.days()));
                }
            }
            if (!withoutPain.isEmpty()) {
                unused.add(Words.count("day", withoutPain.size()) + " with entries but no score of either pain "
                        + "(not recorded)");
            }
            if (!onePainDays.isEmpty() && onePain.orElse(OnePainDays.SKIP) == OnePainDays.SKIP) {
                unused.add(Words.count("day", onePainDays.size()) + " with a score of only one of the two pains "
                        + (onePain.isPresent() ? "(left out)" : "(left out unless the missing pain is recorded as 0)"));
            }
            if (tooLong > 0) {
                unused.add("the length of " + Words.count("episode", tooLong) + " longer than 72 hours");
            }
            return unused;
        }
    }
}
