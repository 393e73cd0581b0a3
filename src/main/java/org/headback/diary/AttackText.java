package org.headback.diary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.headback.text.Coded;
import org.headback.text.Words;

/**
 * A day's attacks as text, the form {@link DayForm} documents: items separated by {@code |}, each
 * {@code start;duration;peak;kind;aura;with;cost;note}.
 */
final class AttackText {
    private static final String ITEMS = " | ";
    private static final int PARTS = 8;
    private static final char ESCAPE = '\\';
    private static final char ITEM = '|';

    private AttackText() {
    }

    /** The attacks the text lists; a bad one is refused as "attack 2: …", counted from 1. */
    static List<Attack> attacks(String text) {
        var attacks = new ArrayList<Attack>();
        var items = items(text == null ? "" : text);
        if (items.size() > Attack.MOST_IN_A_DAY) {
            throw new InvalidValueException(DayField.ATTACKS, Words.count("attack", items.size())
                    + " are given; a day holds at most " + Attack.MOST_IN_A_DAY);
        }
        for (var item : items) {
            int number = attacks.size() + 1;
            try {
                attacks.add(attack(item));
            } catch (InvalidValueException e) {
                throw new InvalidValueException(DayField.ATTACKS, "attack " + number + ": " + e.problem());
            }
        }
        return attacks;
    }

    private static Attack attack(String item) {
        var parts = item.split(";", PARTS);
        var part = new String[PARTS];
        for (int i = 0; i < PARTS; i++) {
            part[i] = i < parts.length ? (i == PARTS - 1 ? parts[i] : parts[i].strip()) : "";
        }
        var attack = Attack.ofPeak(peak(part[2]));
        start(attack, part[0], part[1]);
        if (!part[3].isEmpty()) {
            attack.kind(coded(HeadacheKind.class, "the kind", part[3]));
        }
        if (!part[4].isEmpty()) {
            attack.aura(coded(Aura.class, "the aura", part[4]));
        }
        return attack.with(codes(Symptom.class, "what came with it", part[5]))
                .cost(codes(AttackCost.class, "what it cost", part[6])).note(part[7]).build();
    }

    /** The start, given alone or as a range "14:00-17:00", and the duration, given or taken from the range. */
    private static void start(Attack.Builder attack, String start, String duration) {
        var range = start.split("-", 2);
        if (!range[0].isBlank()) {
            attack.start(TimeText.time(DayField.ATTACKS, "the start", range[0]));
        } else if (range.length > 1) {
            throw new InvalidValueException(DayField.ATTACKS, "an end time is given, but no start");
        }
        Optional<Duration> given = duration.isEmpty() ? Optional.empty()
                : Optional.of(TimeText.duration(DayField.ATTACKS, "the duration", duration));
        given.ifPresent(attack::duration);
        if (range.length > 1) {
            var from = TimeText.time(DayField.ATTACKS, "the start", range[0]);
            var to = TimeText.time(DayField.ATTACKS, "the end", range[1]);
            var lasted = Attack.between(from, to);
            if (given.isPresent() && !given.get().equals(lasted)) {
                throw new InvalidValueException(DayField.ATTACKS, "the duration " + TimeText.durationText(given.get())
                        + " is not the time from " + TimeText.timeText(from) + " to " + TimeText.timeText(to) + " ("
                        + TimeText.durationText(lasted) + ")");
            }
            attack.duration(lasted);
        }
    }

    private static int peak(String text) {
        if (text.isEmpty()) {
            throw new InvalidValueException(DayField.ATTACKS, "the peak is missing (a whole number from 0 to 10)");
        }
        try {
            return DayText.scale(DayField.ATTACKS, text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(DayField.ATTACKS, "the peak " + e.problem());
        }
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, String what, String text) {
        return Coded.parse(type, text).orElseThrow(() -> new InvalidValueException(DayField.ATTACKS, what + " "
                + DayText.quoted(text) + " is not " + Coded.allowed(type)));
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(Class<E> type, String what, String text) {
        var values = EnumSet.noneOf(type);
        for (var code : text.split(",")) {
            if (!code.isBlank()) {
                values.add(coded(type, what, code));
            }
        }
        return values;
    }

    /** The attacks as the window's boxes hold them, as {@link #attacks} reads them. */
    static String fieldsText(List<AttackFields> attacks) {
        var items = new ArrayList<String>();
        for (var fields : attacks) {
            int number = items.size() + 1;
            try {
                items.add(fieldsItem(fields));
            } catch (InvalidValueException e) {
                throw new InvalidValueException(DayField.ATTACKS, "attack " + number + ": " + e.problem());
            }
        }
        return String.join(ITEMS, items);
    }

    private static String fieldsItem(AttackFields fields) {
        var start = plain("the start", fields.start(), true);
        var end = plain("the end", fields.end(), true);
        var when = end.isEmpty() ? start : start + "-" + end;
        return String.join(";", when, plain("the duration", fields.duration(), false),
                plain("the peak", fields.peak(), false), fields.kind(), fields.aura(), fields.with(), fields.cost(),
                escaped(fields.note()));
    }

    /** A part as typed; refused when it holds a character that would change how the item is read. */
    private static String plain(String what, String text, boolean time) {
        if (text.contains(";") || text.contains("|") || time && text.contains("-")) {
            throw new InvalidValueException(DayField.ATTACKS, what + " " + DayText.quoted(text)
                    + (time ? " is not a time of day from 00:00 to 23:59" : " cannot contain ; or |"));
        }
        return text;
    }

    /** "14:00;3h;7;migraine;no;nausea,light;lay_down;bad chair | ;;4", as {@link #attacks} reads it. */
    static String attacksText(List<Attack> attacks) {
        return attacks.stream().map(AttackText::attackText).collect(Collectors.joining(ITEMS));
    }

    private static String attackText(Attack attack) {
        var parts = new ArrayList<>(List.of(attack.start().map(TimeText::timeText).orElse(""),
                attack.duration().map(TimeText::durationText).orElse(""), Integer.toString(attack.peak()),
                attack.kind().map(Coded::code).orElse(""), attack.aura().map(Coded::code).orElse(""),
                codesText(attack.with()), codesText(attack.cost()), escaped(attack.note())));
        while (parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return String.join(";", parts);
    }

    private static String codesText(Collection<? extends Coded> values) {
        return values.stream().map(value -> (Enum<?>) value).sorted().map(value -> ((Coded) value).code())
                .collect(Collectors.joining(","));
    }

    /** A note with its backslashes and bars escaped, so that a bar in it does not end the item. */
    private static String escaped(String note) {
        return note.replace("\\", "\\\\").replace("|", "\\|");
    }

    /** The items between unescaped bars, unescaped and stripped; blank ones are left out. */
    private static List<String> items(String text) {
        var items = new ArrayList<String>();
        var item = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length()) {
                item.append(text.charAt(++i));
            } else if (c == ITEM) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return Stream.of(items.toArray(String[]::new)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
