package org.headback.ui.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.headback.report.ReportPerson;

/**
 * The name and date of birth the report dialog remembers, as settings text. A value that cannot be read, or that
 * the dialog would refuse, is forgotten rather than shown; an empty value means none was given.
 */
final class ReportSettings {
    static final String NAME = "report.name";
    static final String BIRTH_DATE = "report.birthDate";

    private ReportSettings() {
    }

    /** The remembered name and date of birth, each kept only if the dialog would take it. */
    static ReportPerson person(Map<String, String> values, LocalDate today) {
        var name = fine(new ReportPerson(Optional.ofNullable(values.get(NAME)), Optional.empty()), today);
        var born = fine(new ReportPerson(Optional.empty(), date(values.get(BIRTH_DATE))), today);
        return new ReportPerson(name.name(), born.birthDate());
    }

    /** The values to remember; an absent name or date is kept as "", so that clearing it is remembered too. */
    static Map<String, String> values(ReportPerson person) {
        return Map.of(NAME, person.name().orElse(""),
                BIRTH_DATE, person.birthDate().map(LocalDate::toString).orElse(""));
    }

    private static ReportPerson fine(ReportPerson person, LocalDate today) {
        return person.problem(today).isEmpty() ? person : ReportPerson.NONE;
    }

    private static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
