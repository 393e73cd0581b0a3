package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Days with attacks and factors, and the user's factors and medicines, in the SQLite store. */
class DiaryListsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T19:00:00Z"), ZoneOffset.UTC);
    private static final StoredDay.StoredAttack MIGRAINE = new StoredDay.StoredAttack(840, 180, 7, "migraine",
            "not_sure", true, true, false, true, true, "long drive | bad chair");
    private static final StoredDay.StoredAttack UNKNOWN = new StoredDay.StoredAttack(null, null, 3, null, null,
            false, false, false, false, false, "");

    @TempDir
    Path dataDir;
    private Database database;
    private SqliteDiaryStore store;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        store = new SqliteDiaryStore(database, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static StoredDay day(String date, List<StoredDay.StoredAttack> attacks, String... factors) {
        return new StoredDay(date, 2, false, false, false, 7, "migraine", 3.0, 7.5, 4, "note",
                List.of(new StoredDay.StoredMedication("triptan", "sumatriptan", "50 mg", 870, 0, "a_lot"),
                        new StoredDay.StoredMedication("other", "", "")), List.of(), attacks, List.of(factors));
    }

    @Test
    void aDayWithAttacksMedicationDetailsAndFactors_readsBackExactly_inANewSession() {
        var day = day("2026-11-20", List.of(MIGRAINE, UNKNOWN), "coffee", "Long drive");
        store.put(day);
        database.close();

        database = Database.open(dataDir);
        store = new SqliteDiaryStore(database, CLOCK);
        assertThat(store.find("2026-11-20")).contains(day);
        assertThat(store.factors()).extracting(StoredFactor::name).containsExactly("coffee", "Long drive");
    }

    @Test
    void savingADayAgain_replacesItsAttacksAndTicks() {
        store.put(day("2026-11-20", List.of(MIGRAINE, UNKNOWN), "coffee", "tea"));
        var fewer = day("2026-11-20", List.of(UNKNOWN), "tea");

        store.put(fewer);

        assertThat(store.find("2026-11-20")).contains(fewer);
    }

    @Test
    void aTickedName_findsItsFactorIgnoringCase_andReadsBackUnderTheFactorsName() {
        store.addFactor(new StoredFactor("Coffee", "none", false, null));

        store.put(day("2026-11-20", List.of(), "COFFEE"));

        assertThat(store.find("2026-11-20").orElseThrow().factors()).containsExactly("Coffee");
        assertThat(store.factors()).hasSize(1);
    }

    @Test
    void namesDifferingInTheCaseOfOtherLettersThanAToZ_areTwoFactors_asTheDaysChecksSay() {
        store.put(day("2026-11-20", List.of(), "Éclair", "éclair"));

        assertThat(store.factors()).extracting(StoredFactor::name).containsExactly("Éclair", "éclair");
    }

    @Test
    void renamingAFactor_keepsEveryDayItWasTicked() {
        store.put(day("2026-11-19", List.of(), "coffee"));
        store.put(day("2026-11-20", List.of(), "coffee", "tea"));

        assertThat(store.renameFactor("coffee", "Espresso")).isTrue();

        assertThat(store.all()).extracting(StoredDay::factors).containsExactly(List.of("Espresso"),
                List.of("Espresso", "tea"));
        assertThat(store.factors()).extracting(StoredFactor::name).containsExactly("Espresso", "tea");
    }

    @Test
    void aRename_toAnotherFactorsName_orOfNoFactor_changesNothing_butAChangeOfCaseIsARename() {
        store.put(day("2026-11-20", List.of(), "coffee", "tea"));

        assertThat(store.renameFactor("coffee", "TEA")).isFalse();
        assertThat(store.renameFactor("cocoa", "chocolate")).isFalse();
        assertThat(store.renameFactor("coffee", "Coffee")).isTrue();

        assertThat(store.factors()).extracting(StoredFactor::name).containsExactly("Coffee", "tea");
    }

    @Test
    void hidingAFactor_keepsItsTicks() {
        store.put(day("2026-11-20", List.of(), "coffee"));

        assertThat(store.hideFactor("Coffee", true)).isTrue();

        assertThat(store.find("2026-11-20").orElseThrow().factors()).containsExactly("coffee");
        assertThat(store.factors()).containsExactly(new StoredFactor("coffee", "none", true, null));
        assertThat(store.hideFactor("cocoa", true)).isFalse();
    }

    @Test
    void changingAFactorsEffect_keepsItsTicksNameAndPlace_andOfNoFactorChangesNothing() {
        store.put(day("2026-11-19", List.of(), "Walking"));
        store.put(day("2026-11-20", List.of(), "coffee", "Walking"));
        store.hideFactor("coffee", true);

        assertThat(store.changeFactorEffect("WALKING", "eases_back_pain")).isTrue();
        assertThat(store.changeFactorEffect("cocoa", "worsens_back_pain")).isFalse();

        assertThat(store.factors()).containsExactly(new StoredFactor("Walking", "eases_back_pain", false, null),
                new StoredFactor("coffee", "none", true, null));
        assertThat(store.all()).extracting(StoredDay::factors).containsExactly(List.of("Walking"),
                List.of("coffee", "Walking"));
    }

    @Test
    void addingAFactor_whoseNameIsTakenIgnoringCase_changesNothing() {
        assertThat(store.addFactor(new StoredFactor("Exercise", "eases_back_pain", false, "exercise"))).isTrue();

        assertThat(store.addFactor(new StoredFactor("exercise", "none", false, null))).isFalse();

        assertThat(store.factors()).containsExactly(new StoredFactor("Exercise", "eases_back_pain", false,
                "exercise"));
    }

    @Test
    void removingADay_removesItsAttacksAndTicks_butKeepsTheFactor() {
        store.put(day("2026-11-20", List.of(MIGRAINE), "coffee"));

        store.remove("2026-11-20");

        int left = database.read(connection -> {
            try (var rows = connection.createStatement().executeQuery(
                    "SELECT (SELECT count(*) FROM attack) + (SELECT count(*) FROM factor_tick)")) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        });
        assertThat(left).isZero();
        assertThat(store.factors()).extracting(StoredFactor::name).containsExactly("coffee");
    }

    @Test
    void aDayThatCannotBeStoredWhole_storesNothingOfIt() {
        var badAttack = new StoredDay.StoredAttack(2000, 180, 7, null, null, false, false, false, false, false, "");

        assertThatThrownBy(() -> store.put(day("2026-11-20", List.of(MIGRAINE, badAttack), "coffee")))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.count()).isZero();
        assertThat(store.factors()).isEmpty();
    }

    @Test
    void keptMedicines_areAddedRenamedAndHidden_andTheirCoursesFollowARename() {
        var propranolol = new StoredMedicine("Propranolol", "other", "40 mg", true, false);
        assertThat(store.addMedicine(propranolol)).isTrue();
        assertThat(store.addMedicine(new StoredMedicine("sumatriptan", "triptan", "50 mg", false, false))).isTrue();
        assertThat(store.addMedicine(new StoredMedicine("PROPRANOLOL", "other", "", false, false))).isFalse();
        assertThat(store.addCourse(new StoredCourse("propranolol", "2026-03-01", "2026-06-30")))
                .isEqualTo(CourseWrite.DONE);
        assertThat(store.addCourse(new StoredCourse("Propranolol", "2026-09-01", null)))
                .isEqualTo(CourseWrite.DONE);
        assertThat(store.addCourse(new StoredCourse("topiramate", "2026-09-01", null)))
                .isEqualTo(CourseWrite.NO_MEDICINE);

        assertThat(store.renameMedicine("propranolol", "Propranolol LA")).isTrue();
        assertThat(store.hideMedicine("sumatriptan", true)).isTrue();

        assertThat(store.medicines()).containsExactly(new StoredMedicine("Propranolol LA", "other", "40 mg", true,
                false), new StoredMedicine("sumatriptan", "triptan", "50 mg", false, true));
        assertThat(store.courses()).containsExactly(new StoredCourse("Propranolol LA", "2026-03-01", "2026-06-30"),
                new StoredCourse("Propranolol LA", "2026-09-01", null));
        assertThat(store.renameMedicine("sumatriptan", "propranolol la")).isFalse();
    }

    @Test
    void aCourseThatStopsBeforeItStarts_isRefusedByTheFile() {
        store.addMedicine(new StoredMedicine("Propranolol", "other", "40 mg", true, false));

        assertThatThrownBy(() -> store.addCourse(new StoredCourse("Propranolol", "2026-03-01", "2026-02-01")))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.courses()).isEmpty();
    }

    @Test
    void coursesOfOneMedicine_neverShareADay_evenWhenChanged() {
        store.addMedicine(new StoredMedicine("Propranolol", "other", "40 mg", true, false));
        store.addMedicine(new StoredMedicine("sumatriptan", "triptan", "50 mg", false, false));
        store.addCourse(new StoredCourse("Propranolol", "2026-03-01", "2026-03-31"));

        assertThat(store.addCourse(new StoredCourse("propranolol", "2026-03-31", null)))
                .isEqualTo(CourseWrite.OVERLAPS);
        assertThat(store.addCourse(new StoredCourse("sumatriptan", "2026-05-01", null)))
                .isEqualTo(CourseWrite.NOT_PREVENTIVE);
        assertThat(store.addCourse(new StoredCourse("Propranolol", "2026-04-01", null))).isEqualTo(CourseWrite.DONE);
        assertThat(store.changeCourse("2026-03-01", new StoredCourse("Propranolol", "2026-03-01", "2026-04-01")))
                .isEqualTo(CourseWrite.OVERLAPS);
        assertThat(store.changeCourse("2026-02-01", new StoredCourse("Propranolol", "2026-02-01", "2026-02-02")))
                .isEqualTo(CourseWrite.NO_COURSE);
        assertThat(store.changeCourse("2026-04-01", new StoredCourse("Propranolol", "2026-04-01", "2026-05-31")))
                .isEqualTo(CourseWrite.DONE);

        assertThat(store.courses()).containsExactly(new StoredCourse("Propranolol", "2026-03-01", "2026-03-31"),
                new StoredCourse("Propranolol", "2026-04-01", "2026-05-31"));
    }
}
