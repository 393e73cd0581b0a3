package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.headback.text.Dates;
import org.junit.jupiter.api.Test;

/** The name and date of birth of the first page: optional, checked as every door checks a date. */
class ReportPersonTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void line_saysWhatWasGiven_andNothingWhenNothingWas() {
        assertThat(ReportPerson.of("Jane Doe", LocalDate.of(1971, 3, 3)).line())
                .contains("Jane Doe · date of birth " + shown(1971, 3, 3));
        assertThat(ReportPerson.of("Jane Doe", null).line()).contains("Jane Doe");
        assertThat(ReportPerson.of(null, LocalDate.of(1971, 3, 3)).line())
                .contains("Date of birth " + shown(1971, 3, 3));
        assertThat(ReportPerson.of(" \t ", null).line()).isEmpty();
        assertThat(ReportPerson.NONE.line()).isEmpty();
    }

    @Test
    void problem_refusesABirthDateInTheFutureOrBefore1900_andANameThatCannotBeOneLine() {
        assertThat(ReportPerson.of("Jane", LocalDate.of(1971, 3, 3)).problem(TODAY)).isEmpty();
        assertThat(ReportPerson.of(null, TODAY).problem(TODAY)).isEmpty();
        assertThat(ReportPerson.of(null, TODAY.plusDays(1)).problem(TODAY))
                .contains("The date of birth 2026-12-02 is in the future.");
        assertThat(ReportPerson.of(null, LocalDate.of(1899, 12, 31)).problem(TODAY))
                .contains("The date of birth 1899-12-31 is before 1900-01-01, the earliest day a diary takes.");
        assertThat(ReportPerson.of("x".repeat(ReportPerson.MAX_NAME), null).problem(TODAY)).isEmpty();
        assertThat(ReportPerson.of("x".repeat(ReportPerson.MAX_NAME + 1), null).problem(TODAY))
                .contains("The name is longer than 80 characters.");
        assertThat(ReportPerson.of("Jane\nDoe", null).problem(TODAY))
                .contains("The name has a line break or another control character in it.");
    }

    @Test
    void name_isKeptWithoutTheSpacesAroundIt() {
        assertThat(ReportPerson.of("  Jane Doe ", null).name()).isEqualTo(Optional.of("Jane Doe"));
    }

    /** A day as the report writes it, in this computer's locale. */
    private static String shown(int year, int month, int day) {
        return Dates.ofUser().shown(LocalDate.of(year, month, day));
    }
}
