package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.headback.testing.TestDays;
import org.headback.work.Progress;
import org.junit.jupiter.api.Test;

class DayFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final long SEED = 14;
    private static final int DAYS = 2_000;

    private static Map<DayField, String> values(Map<DayField, String> given) {
        var values = new EnumMap<DayField, String>(DayField.class);
        values.put(DayField.DATE, "2026-11-20");
        values.put(DayField.BACK_PAIN, "3");
        values.put(DayField.HEADACHE, "3");
        values.putAll(given);
        return values;
    }

    @Test
    void read_namesEveryFieldThatDoesNotFit_eachWithItsOwnProblem() {
        var reading = DayForm.read(values(Map.of(DayField.DATE, "2026-02-30", DayField.BACK_PAIN, "11",
                DayField.HEADACHE, "", DayField.HEADACHE_HOURS, "two", DayField.MEDICATION, "aspirin",
                DayField.STRESS, "-1", DayField.WARNING_SIGNS, "tuesdays")), TODAY);

        assertThat(reading.day()).isEmpty();
        assertThat(reading.problems()).containsOnlyKeys(DayField.DATE, DayField.BACK_PAIN, DayField.HEADACHE,
                DayField.HEADACHE_HOURS, DayField.MEDICATION, DayField.STRESS, DayField.WARNING_SIGNS);
        assertThat(reading.problems()).containsEntry(DayField.BACK_PAIN, "11 is not between 0 and 10")
                .containsEntry(DayField.HEADACHE, "is missing (a whole number from 0 to 10)")
                .containsEntry(DayField.HEADACHE_HOURS, "“two” is not a number of hours from 0 to 24")
                .containsEntry(DayField.STRESS, "-1 is not between 0 and 10");
    }

    @Test
    void read_checksTheDayAsAWhole_onlyOnceEveryFieldFitsOnItsOwn() {
        var kindWithoutHeadache = Map.of(DayField.HEADACHE, "0", DayField.HEADACHE_KIND, "migraine");
        var withABadStress = new EnumMap<>(kindWithoutHeadache);
        withABadStress.put(DayField.STRESS, "11");

        assertThat(DayForm.read(values(withABadStress), TODAY).problems()).containsOnlyKeys(DayField.STRESS);
        assertThat(DayForm.read(values(kindWithoutHeadache), TODAY).problems())
                .containsExactly(Map.entry(DayField.HEADACHE_KIND, "a kind is given, but headache is 0"));
    }

    @Test
    void day_refusesWithTheFirstProblem_inTheOrderTheFieldsAreRead() {
        var twoBad = values(Map.of(DayField.HEADACHE_KIND, "cluster", DayField.MEDICATION, "aspirin",
                DayField.SLEEP_HOURS, "25"));

        assertThatThrownBy(() -> DayForm.day(twoBad, TODAY)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("medication: “aspirin” is not triptan");
    }

    @Test
    void read_takesAFieldLeftOutOrNull_asBlank() {
        var values = new EnumMap<DayField, String>(DayField.class);
        values.put(DayField.DATE, "2026-11-20");
        values.put(DayField.BACK_PAIN, "3");
        values.put(DayField.HEADACHE, "0");
        values.put(DayField.STRESS, null);

        assertThat(DayForm.read(values, TODAY).day()).contains(DayEntry.on(LocalDate.of(2026, 11, 20))
                .backPain(3).build());
    }

    @Test
    void text_writesEveryField_asTheCsvFileAndTheWindowShowIt() {
        var text = DayForm.text(DiaryTest.fullDay(LocalDate.of(2026, 11, 2)));

        assertThat(text).containsOnlyKeys(DayField.values());
        assertThat(text).containsEntry(DayField.DATE, "2026-11-02").containsEntry(DayField.BACK_PAIN, "6")
                .containsEntry(DayField.BACK_PAIN_LOCATION, "lower_back;neck")
                .containsEntry(DayField.HEADACHE_KIND, "migraine").containsEntry(DayField.HEADACHE_HOURS, "4.5")
                .containsEntry(DayField.MEDICATION, "triptan:sumatriptan:50 mg;simple_analgesic:ibuprofen:400 mg")
                .containsEntry(DayField.SLEEP_HOURS, "6.25").containsEntry(DayField.STRESS, "8")
                .containsEntry(DayField.WARNING_SIGNS, "fever_chills;worse_lying_down");
        assertThat(DayForm.text(DayEntry.on(TODAY).build())).containsEntry(DayField.HEADACHE_HOURS, "")
                .containsEntry(DayField.STRESS, "").containsEntry(DayField.NOTES, "");
    }

    @Test
    void seededRandomDays_writtenAsText_readBackExactly() {
        var random = new Random(SEED);
        int span = (int) DayEntry.EARLIEST.until(TODAY, ChronoUnit.DAYS);
        for (int i = 0; i < DAYS; i++) {
            var day = TestDays.randomWithAttacks(random, DayEntry.EARLIEST.plusDays(random.nextInt(span + 1)));

            assertThat(DayForm.read(DayForm.text(day), TODAY).day()).as("day %d of seed %d", i, SEED).contains(day);
        }
    }

    @Test
    void seededRandomDaysWithAttacksMedicinesAndFactors_exportedAsCsv_importBackExactly() throws Exception {
        var random = new Random(SEED + 1);
        var days = new ArrayList<DayEntry>();
        for (int i = 0; i < DAYS; i++) {
            days.add(TestDays.randomWithAttacks(random, TODAY.minusDays(i)));
        }
        var csv = new StringWriter();
        DiaryCsv.write(days, csv, Progress.NONE);

        assertThat(DiaryCsvReader.read("days.csv", new StringReader(csv.toString()), TODAY).days())
                .containsExactlyElementsOf(days);
    }
}
