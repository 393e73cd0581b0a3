package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.StoredDay;
import org.headback.work.CancelledException;
import org.headback.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiaryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(20, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
            ZoneId.of("Europe/Paris"));

    @TempDir
    Path dataDir;
    private Database database;
    private Diary diary;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static DayEntry fullDay(LocalDate date) {
        return DayEntry.on(date).backPain(6).backLocations(Set.of(BackLocation.LOWER_BACK, BackLocation.NECK))
                .headache(7).headacheKind(HeadacheKind.MIGRAINE).headacheHours(4.5)
                .medications(List.of(new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg"),
                        new Medication(MedicationClass.SIMPLE_ANALGESIC, "ibuprofen", "400 mg")))
                .sleepHours(6.25).stress(8).notes("Long drive, \"bad\" chair,\nthen a migraine.")
                .warningSigns(Set.of("worse_lying_down", "fever_chills")).build();
    }

    @Test
    void save_thenReadBack_inANewSession_keepsEveryValue() {
        var day = fullDay(TODAY.minusDays(3));
        diary.save(day);
        database.close();

        database = Database.open(dataDir);
        var reopened = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        assertThat(reopened.day(day.date())).contains(day);
    }

    @Test
    void save_again_replacesTheDayItsMedicationsAndWarningSigns() {
        var date = TODAY.minusDays(1);
        diary.save(fullDay(date));
        var changed = fullDay(date).toBuilder().medications(List.of()).headache(2)
                .warningSigns(Set.of("weight_loss")).build();
        diary.save(changed);
        assertThat(diary.day(date)).contains(changed);
        assertThat(diary.count()).isEqualTo(1);
    }

    @Test
    void warningSigns_roundTrip_andGoWithTheirDayWhenItIsDeleted() {
        var date = TODAY.minusDays(2);
        diary.save(fullDay(date));
        assertThat(diary.day(date).orElseThrow().warningSigns()).containsExactly("fever_chills", "worse_lying_down");

        diary.delete(date);
        diary.save(DayEntry.on(date).backPain(1).build());

        assertThat(diary.day(date).orElseThrow().warningSigns()).isEmpty();
        int rows = database.read(c -> {
            try (var result = c.createStatement().executeQuery("SELECT count(*) FROM warning_sign")) {
                return result.next() ? result.getInt(1) : -1;
            }
        });
        assertThat(rows).isZero();
    }

    @Test
    void futureDay_isRefused_andNothingIsStored() {
        assertThatThrownBy(() -> diary.save(DayEntry.on(TODAY.plusDays(1)).build()))
                .hasMessage("date: 2026-11-22 is in the future");
        assertThat(diary.count()).isZero();
    }

    @Test
    void dayBefore1900_isRefusedByEveryWrite_andNothingIsStored() {
        var early = DayEntry.on(LocalDate.of(1899, 12, 31)).build();
        var message = "date: 1899-12-31 is before 1900-01-01, the earliest day a diary takes";
        assertThatThrownBy(() -> diary.save(early)).hasMessage(message);
        assertThatThrownBy(() -> diary.add(early)).hasMessage(message);
        assertThatThrownBy(() -> diary.importDays(new ImportPlan("old.csv", List.of(early), List.of()),
                ConflictMode.FAIL, Progress.NONE)).hasMessage(message);
        assertThat(diary.count()).isZero();
        diary.save(DayEntry.on(DayEntry.EARLIEST).build());
        assertThat(diary.count()).isEqualTo(1);
    }

    @Test
    void dayBefore1900_savedByAnOlderVersion_stillReadsBack() {
        new SqliteDiaryStore(database, CLOCK).put(new StoredDay("1753-06-01", 4, false, false, false, 2, null, null,
                null, null, "", List.of(), List.of(), List.of(), List.of()));
        assertThat(diary.all()).extracting(DayEntry::date).containsExactly(LocalDate.of(1753, 6, 1));
    }

    @Test
    void add_ofADayAlreadyRecorded_isRefusedAsTaken_notAsAnInvalidValue() {
        diary.save(DayEntry.on(TODAY).build());
        assertThatThrownBy(() -> diary.add(DayEntry.on(TODAY).headache(3).build()))
                .isInstanceOf(AlreadyRecordedException.class).hasMessage("2026-11-21 is already in the diary");
        assertThat(diary.day(TODAY).orElseThrow().headache()).isZero();
    }

    @Test
    void dayNotRecorded_isAbsent_notAZeroDay() {
        diary.save(DayEntry.on(TODAY).build());
        assertThat(diary.day(TODAY.minusDays(1))).isEmpty();
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::backPain).isEqualTo(0);
    }

    @Test
    void between_returnsOnlyRecordedDaysInRange_inDateOrder() {
        diary.save(DayEntry.on(TODAY.minusDays(1)).headache(3).headacheKind(HeadacheKind.OTHER).build());
        diary.save(DayEntry.on(TODAY.minusDays(10)).backPain(2).build());
        diary.save(DayEntry.on(TODAY.minusDays(40)).build());
        assertThat(diary.between(TODAY.minusDays(30), TODAY)).extracting(DayEntry::date)
                .containsExactly(TODAY.minusDays(10), TODAY.minusDays(1));
    }

    @Test
    void delete_forgetsTheDay_andReturnsItForUndo() {
        var day = fullDay(TODAY);
        diary.save(day);
        assertThat(diary.delete(TODAY)).contains(day);
        assertThat(diary.day(TODAY)).isEmpty();
        diary.save(day);
        assertThat(diary.day(TODAY)).contains(day);
    }

    @Test
    void importFromAFile_thatMeetsRecordedDays_namesTheFirstSuchDayOfTheFile_andItsLine() throws Exception {
        diary.save(DayEntry.on(TODAY.minusDays(3)).backPain(9).build());
        diary.save(DayEntry.on(TODAY.minusDays(1)).backPain(9).build());
        var plan = DiaryCsvReader.read("days.csv", new java.io.StringReader("date,back_pain,headache\n"
                + TODAY.minusDays(2) + ",1,1\n" + TODAY.minusDays(1) + ",1,1\n" + TODAY.minusDays(3) + ",1,1\n"),
                TODAY);

        assertThat(diary.preview(plan).firstConflict())
                .contains(new ImportPlan.DayInFile(TODAY.minusDays(1), java.util.Optional.of(3L)));
        assertThatThrownBy(() -> diary.importDays(plan, ConflictMode.FAIL, Progress.NONE))
                .isInstanceOf(ImportException.class).hasMessage("days.csv: 2 days are already in the diary (the "
                        + "first is " + TODAY.minusDays(1) + ", line 3); nothing was imported. Choose to skip or "
                        + "replace them.");
        assertThat(diary.count()).isEqualTo(2);
    }

    @Test
    void importDays_conflictModes() {
        diary.save(DayEntry.on(TODAY.minusDays(1)).backPain(9).build());
        var plan = new ImportPlan("days.csv", List.of(DayEntry.on(TODAY.minusDays(2)).headache(1).build(),
                DayEntry.on(TODAY.minusDays(1)).backPain(1).build()), List.of("mood"));

        assertThat(diary.preview(plan).newDays()).isEqualTo(1);
        assertThat(diary.preview(plan).conflicts()).containsExactly(TODAY.minusDays(1));
        assertThatThrownBy(() -> diary.importDays(plan, ConflictMode.FAIL, Progress.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("1 day is already in the diary");
        assertThat(diary.count()).isEqualTo(1);

        var skipped = diary.importDays(plan, ConflictMode.SKIP, Progress.NONE);
        assertThat(skipped.summary()).isEqualTo("imported 1 day; skipped 1 day already in the diary; "
                + "ignored column mood");
        assertThat(diary.day(TODAY.minusDays(1))).get().extracting(DayEntry::backPain).isEqualTo(9);

        diary.importDays(plan, ConflictMode.REPLACE, Progress.NONE);
        assertThat(diary.day(TODAY.minusDays(1))).get().extracting(DayEntry::backPain).isEqualTo(1);
    }

    @Test
    void importDays_cancelledHalfway_changesNothing() {
        var days = java.util.stream.IntStream.range(1, 101).mapToObj(i -> DayEntry.on(TODAY.minusDays(i)).build())
                .toList();
        var asked = new int[1];
        assertThatThrownBy(() -> diary.importDays(new ImportPlan("big.csv", days, List.of()), ConflictMode.FAIL,
                Progress.until(() -> ++asked[0] > 50))).isInstanceOf(CancelledException.class);
        assertThat(diary.count()).isZero();
    }

    @Test
    void latestDay_isToday_orALaterDayRecordedBySomeoneAhead_neverALaterOneNotRecorded() {
        assertThat(diary.latestDay()).isEqualTo(TODAY);
        diary.save(DayEntry.on(TODAY.minusDays(3)).backPain(1).headache(1).build());
        assertThat(diary.latestDay()).isEqualTo(TODAY);
        var ahead = Clock.offset(CLOCK, java.time.Duration.ofHours(14));
        new Diary(new SqliteDiaryStore(database, ahead), ahead).save(DayEntry.on(TODAY.plusDays(1)).backPain(2)
                .headache(3).build());
        assertThat(diary.latestDay()).isEqualTo(TODAY.plusDays(1));
        assertThat(Diary.latestDay(TODAY, java.util.Optional.of(TODAY.minusDays(1)))).isEqualTo(TODAY);
    }

    @Test
    void save_takesADayUpToTheLatestDay_butNoLater() {
        var ahead = Clock.offset(CLOCK, java.time.Duration.ofDays(3));
        new Diary(new SqliteDiaryStore(database, ahead), ahead).save(DayEntry.on(TODAY.plusDays(3)).backPain(2)
                .headache(3).build());

        diary.save(DayEntry.on(TODAY.plusDays(3)).backPain(4).headache(3).build());
        diary.save(DayEntry.on(TODAY.plusDays(1)).backPain(1).headache(0).build());
        assertThat(diary.day(TODAY.plusDays(3))).get().extracting(DayEntry::backPain).isEqualTo(4);
        assertThatThrownBy(() -> diary.save(DayEntry.on(TODAY.plusDays(4)).backPain(1).headache(0).build()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("is in the future");
        assertThatThrownBy(() -> diary.add(DayEntry.on(TODAY.plusDays(2)).backPain(1).headache(0).build()))
                .as("a new day from the command line: up to today").isInstanceOf(InvalidValueException.class);
    }
}
