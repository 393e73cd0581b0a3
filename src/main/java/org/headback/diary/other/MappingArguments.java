package org.headback.diary.other;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.headback.diary.DayText;
import org.headback.diary.MedicationClass;
import org.headback.text.Coded;

/**
 * The command line's mapping: {@code role=NAME} choices ({@code back_pain=Lower back pain},
 * {@code medication=Ibuprofen:simple_analgesic}) over HeadBack's proposal. A role named at least once takes
 * exactly the names given for it, headache and migraine together, so that {@code --map headache=Headache} leaves a
 * proposed "Migraine" out unless it is named too; roles not named keep the proposal. A name may be given
 * {@code not_used}.
 */
public final class MappingArguments {
    private MappingArguments() {
    }

    /**
     * The mapping these arguments make of the proposal.
     *
     * @throws IllegalArgumentException naming the argument that does not fit and what would
     */
    public static Mapping apply(OtherDiary diary, List<String> arguments) {
        var given = new LinkedHashMap<String, Mapping.Choice>();
        for (var argument : arguments) {
            var choice = parse(diary, argument);
            given.put(choice.name(), choice.choice());
        }
        var named = given.values().stream().map(choice -> group(choice.role())).collect(Collectors.toSet());
        var mapping = Proposal.of(diary);
        for (var trackable : diary.trackables()) {
            if (named.contains(group(mapping.of(trackable.name()).role())) && !given.containsKey(trackable.name())) {
                mapping = mapping.with(trackable.name(), Mapping.Choice.NOT_USED);
            }
        }
        for (var entry : given.entrySet()) {
            mapping = mapping.with(entry.getKey(), entry.getValue());
        }
        return mapping;
    }

    /** Headache and migraine are named together: what is named for either is the whole of the day's headache. */
    private static Role group(Role role) {
        return role.isHeadache() ? Role.HEADACHE : role;
    }

    private record Named(String name, Mapping.Choice choice) {
    }

    private static Named parse(OtherDiary diary, String argument) {
        int equals = argument.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("--map " + argument + ": write ROLE=NAME, as back_pain=Lower back "
                    + "pain; the roles are " + Coded.allowed(Role.class));
        }
        var roleText = argument.substring(0, equals);
        var role = Coded.parse(Role.class, roleText).orElseThrow(() -> new IllegalArgumentException("--map "
                + argument + ": " + roleText.strip() + " is not " + Coded.allowed(Role.class)));
        var value = argument.substring(equals + 1).strip();
        var withClass = role == Role.MEDICATION ? withClass(diary, argument, value) : null;
        var name = withClass == null ? value : withClass.name();
        var trackable = diary.trackable(name).or(() -> ignoringCase(diary, name)).orElseThrow(() ->
                new IllegalArgumentException("--map " + argument + ": the file has no " + DayText.quoted(name)
                        + "; it has " + names(diary, role)));
        if (!Role.fitting(trackable.kind()).contains(role)) {
            throw new IllegalArgumentException("--map " + argument + ": " + DayText.quoted(trackable.name())
                    + " is " + what(trackable.kind()) + ", which can be " + Role.fitting(trackable.kind()).stream()
                    .map(Coded::code).collect(Collectors.joining(" or ")));
        }
        var choice = withClass != null ? withClass.choice() : role == Role.MEDICATION
                ? Mapping.Choice.medication(Proposal.medicationClass(trackable.name())) : Mapping.Choice.of(role);
        return new Named(trackable.name(), choice);
    }

    /** "Ibuprofen:simple_analgesic": the name and class; a name the file has with a colon in it stays whole. */
    private static Named withClass(OtherDiary diary, String argument, String value) {
        int colon = value.lastIndexOf(':');
        if (colon < 0 || diary.trackable(value).isPresent()) {
            return null;
        }
        var classText = value.substring(colon + 1);
        var medicationClass = Coded.parse(MedicationClass.class, classText).orElseThrow(() ->
                new IllegalArgumentException("--map " + argument + ": " + classText.strip() + " is not "
                        + Coded.allowed(MedicationClass.class)));
        return new Named(value.substring(0, colon).strip(), Mapping.Choice.medication(medicationClass));
    }

    private static Optional<Trackable> ignoringCase(OtherDiary diary, String name) {
        var matches = diary.trackables().stream().filter(trackable -> trackable.name().equalsIgnoreCase(name))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static String names(OtherDiary diary, Role role) {
        var kinds = role == Role.NOT_USED ? Set.of(Trackable.Kind.values())
                : Set.of(Trackable.Kind.values()).stream().filter(kind -> Role.fitting(kind).contains(role))
                .collect(Collectors.toSet());
        var names = diary.trackables().stream().filter(trackable -> kinds.contains(trackable.kind()))
                .map(trackable -> DayText.quoted(trackable.name())).toList();
        return names.isEmpty() ? "nothing that can be " + role.code() : String.join(", ", names);
    }

    static String what(Trackable.Kind kind) {
        return switch (kind) {
            case SCORE -> "a score";
            case MEDICINE -> "a medicine";
            case TAG -> "a tag";
        };
    }
}
