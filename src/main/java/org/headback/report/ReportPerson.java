package org.headback.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.headback.diary.DayEntry;
import org.headback.diary.InvalidValueException;
import org.headback.text.Dates;

/**
 * Whom the report is about, for the first page: a name and a date of birth, each optional; a report without them
 * says neither and shows no empty label.
 */
public record ReportPerson(Optional<String> name, Optional<LocalDate> birthDate) {
    /** Nobody named: the report has no name line. */
    public static final ReportPerson NONE = new ReportPerson(Optional.empty(), Optional.empty());
    /** A name longer than this many characters is refused: it would not fit the first page's line. */
    public static final int MAX_NAME = 80;

    /** A blank name is no name; a name is kept without the spaces around it. */
    public ReportPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        name = name.map(String::strip).filter(text -> !text.isEmpty());
    }

    /** A person from what was typed: {@code name} may be null or blank, {@code birthDate} null. */
    public static ReportPerson of(String name, LocalDate birthDate) {
        return new ReportPerson(Optional.ofNullable(name), Optional.ofNullable(birthDate));
    }

    /**
     * What is wrong with the name or the date of birth, in the words every door uses, or empty: a name of at most
     * {@link #MAX_NAME} characters on one line, a date of birth no earlier than a diary's earliest day and not after
     * today.
     */
    public Optional<String> problem(LocalDate today) {
        var text = name.orElse("");
        if (text.codePointCount(0, text.length()) > MAX_NAME) {
            return Optional.of("The name is longer than " + MAX_NAME + " characters.");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("The name has a line break or another control character in it.");
        }
        try {
            birthDate.ifPresent(date -> DayEntry.checkDate(date, today));
        } catch (InvalidValueException e) {
            return Optional.of("The date of birth " + e.problem() + ".");
        }
        return Optional.empty();
    }

    /**
     * "Jane Doe · date of birth 3 Mar 1971", "Jane Doe", "Date of birth 3 Mar 1971", or empty when neither is
     * given.
     */
    public Optional<String> line() {
        var born = birthDate.map(date -> "date of birth " + Dates.ofUser().shown(date));
        if (name.isPresent()) {
            return Optional.of(name.get() + born.map(text -> " · " + text).orElse(""));
        }
        return born.map(text -> "D" + text.substring(1));
    }
}
