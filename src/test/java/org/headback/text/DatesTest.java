package org.headback.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);
    private final Dates us = Dates.of(Locale.US);
    private final Dates uk = Dates.of(Locale.UK);

    @Test
    void aDay_isWrittenInTheLocalesOrder_withTheYearInFull() {
        assertThat(us.shown(FIRST_OF_DECEMBER)).isEqualTo("Dec 1, 2026");
        assertThat(uk.shown(FIRST_OF_DECEMBER)).isEqualTo("1 Dec 2026");
        assertThat(us.numeric(FIRST_OF_DECEMBER)).isEqualTo("12/1/2026");
        assertThat(uk.numeric(FIRST_OF_DECEMBER)).isEqualTo("01/12/2026");
        assertThat(uk.withWeekday(FIRST_OF_DECEMBER)).isEqualTo("Tuesday, 1 December 2026");
        assertThat(us.month(YearMonth.of(2026, 12))).isEqualTo("December 2026");
    }

    @Test
    void aDayOnAChartsAxis_isWrittenWithoutItsYear_inTheLocalesOrder() {
        var day = Date.from(FIRST_OF_DECEMBER.atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(us.dayAndMonthFormat().format(day)).isEqualTo("Dec 1");
        assertThat(uk.dayAndMonthFormat().format(day)).isEqualTo("1 Dec");
        assertThat(Dates.of(Locale.GERMANY).dayAndMonthFormat().format(day)).isEqualTo("01.12");
    }

    @Test
    void theNamesOfMonths_areInTheWindowsLanguage_theOrderIsTheLocales() {
        var german = Dates.of(Locale.GERMANY);
        assertThat(german.numeric(FIRST_OF_DECEMBER)).isEqualTo("01.12.2026");
        assertThat(german.withWeekday(FIRST_OF_DECEMBER)).contains("December").doesNotContain("Dezember");
        assertThat(german.read("2026-12-01")).contains(FIRST_OF_DECEMBER);
        assertThat(german.read("1.12.2026")).contains(FIRST_OF_DECEMBER);
    }

    @Test
    void aTypedDay_isReadInTheLocalesShortForm_asTheWindowWritesIt_andAsIso() {
        for (var text : new String[] {"12/1/2026", "12/01/2026", "12/1/26", "Dec 1, 2026", "dec 1, 2026",
                                      "2026-12-01", "2026-12-1", " 2026-12-01 "}) {
            assertThat(us.read(text)).as(text).contains(FIRST_OF_DECEMBER);
        }
        assertThat(uk.read("01/12/2026")).contains(FIRST_OF_DECEMBER);
        assertThat(uk.read("1 Dec 2026")).contains(FIRST_OF_DECEMBER);
        assertThat(uk.read("2026-03-01")).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void textThatNamesNoDay_isNotRead() {
        for (var text : new String[] {"2026-02-30", "2026-13-01", "2/30/2026", "13/1/2026", "tomorrow", "", "2026",
                                      "12/1", "2026-12-01x"}) {
            assertThat(us.read(text)).as(text).isEmpty();
        }
        assertThat(us.read(null)).isEmpty();
    }

    @Test
    void theWeekStartsOnTheLocalesFirstDay() {
        assertThat(us.firstDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(uk.firstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void theExample_showsBothFormsAFieldTakes() {
        assertThat(us.example(LocalDate.of(2026, 3, 21))).isEqualTo("3/21/2026 or 2026-03-21");
    }
}
