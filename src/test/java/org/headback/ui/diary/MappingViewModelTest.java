package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.headback.diary.ConflictMode;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.MedicationClass;
import org.headback.diary.other.OnePainDays;
import org.headback.diary.other.Role;
import org.headback.output.Outputs;
import org.headback.safekeeping.DiaryBackups;
import org.headback.storage.Backups;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.MessageLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping step of importing another diary, without a window: the fixtures' samples read, mapped, previewed and
 * imported into a real diary in a temporary folder, with the work run on the calling thread.
 */
class MappingViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("UTC")).toInstant(),
            ZoneId.of("UTC"));

    @TempDir
    Path dataDir;
    private Database database;
    private Diary diary;
    private DirectTaskRunner runner;
    private MessageLine messages;
    private DiaryTransferViewModel transfer;
    private int reloads;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        runner = new DirectTaskRunner();
        messages = new MessageLine();
        transfer = new DiaryTransferViewModel(diary, new DiaryBackups(new Backups(database, dataDir, CLOCK)),
                Outputs.open(dataDir), runner, messages, () -> reloads++, () -> { });
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Path sample(String app, String file) {
        try {
            return Path.of(MappingViewModelTest.class.getResource("/other-diaries/" + app + "/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private MappingViewModel mapping(String app, String file) {
        var opened = new AtomicReference<MappingViewModel>();
        transfer.prepareImport(sample(app, file), (plan, preview) -> fail("taken for HeadBack's own file"),
                opened::set);
        assertThat(opened.get()).as(messages.textProperty().get()).isNotNull();
        return opened.get();
    }

    private static MappingRow row(MappingViewModel mapping, String name) {
        return mapping.rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    /** "8,3,-,[simple_analgesic Ibuprofen 2 x 400 mg],[]": the fields of a day that the mapping decides. */
    private String saved(String date) {
        return diary.day(LocalDate.parse(date)).map(MappingViewModelTest::fields).orElse("not recorded");
    }

    static String fields(DayEntry day) {
        return day.backPain() + "," + day.headache() + "," + day.headacheKind().map(Enum::name).orElse("-") + ","
                + day.medications().stream().map(taken -> taken.medicationClass().code() + " " + taken.name() + " "
                + taken.dose()).collect(Collectors.toList()) + "," + day.factors().stream().sorted().toList();
    }

    @Test
    void flaredown_showsWhatItHoldsAndTheProposal_andImportsTheDaysOfItsExpectedList() {
        var mapping = mapping("flaredown", "sample-data.csv");

        assertThat(mapping.holdsProperty().get()).isEqualTo("sample-data.csv: Flaredown (the export since October "
                + "2021), 44 rows, 43 days with entries, 2024-03-04 to 2024-04-17.");
        assertThat(mapping.asksZone()).isFalse();
        assertThat(row(mapping, "Lower back pain").roleProperty().get()).isEqualTo(Role.BACK_PAIN);
        assertThat(row(mapping, "Migraine").roleProperty().get()).isEqualTo(Role.MIGRAINE);
        assertThat(row(mapping, "Headache").roleProperty().get()).isEqualTo(Role.HEADACHE);
        assertThat(row(mapping, "Nausea").roleProperty().get()).isEqualTo(Role.NOT_USED);
        assertThat(row(mapping, "Nausea").roles()).containsExactly(Role.BACK_PAIN, Role.HEADACHE, Role.MIGRAINE,
                Role.NOT_USED);
        assertThat(row(mapping, "Sumatriptan").medicationClassProperty().get()).isEqualTo(MedicationClass.TRIPTAN);
        assertThat(row(mapping, "Sumatriptan").medicationProperty().get()).isTrue();
        assertThat(row(mapping, "Lower back pain").describe()).isEqualTo("Lower back pain (a score, on 42 days)");
        assertThat(mapping.previewProperty().get()).startsWith("Would import 42 days.\n")
                .endsWith("Not used: Weather, on 40 check-ins; Foods, on 3 check-ins; Nausea, on 35 days; 1 day with "
                        + "entries but no score of either pain (not recorded).");
        assertThat(mapping.onePainDaysProperty().get()).isEmpty();
        assertThat(mapping.conflictsProperty().get()).isFalse();
        assertThat(mapping.problemProperty().get()).isEmpty();
        assertThat(mapping.canImportProperty().get()).isTrue();

        assertThat(mapping.importDays()).isTrue();

        assertThat(diary.count()).isEqualTo(42);
        assertThat(saved("2024-03-09")).isEqualTo("8,3,-,[simple_analgesic Ibuprofen 2 x 400 mg],[]");
        assertThat(saved("2024-03-12")).isEqualTo("3,10,MIGRAINE,[simple_analgesic Ibuprofen 400 mg, triptan "
                + "Sumatriptan 50 mg],[poor sleep, stress at work, deadlines]");
        assertThat(saved("2024-03-16")).isEqualTo("not recorded");
        assertThat(saved("2024-03-27")).isEqualTo("5,10,MIGRAINE,[triptan Sumatriptan 2 x 50 mg (\"rescue\" dose)],"
                + "[stress at work, deadlines]");
        assertThat(saved("2024-04-02")).isEqualTo("not recorded");
        assertThat(saved("2024-04-10")).isEqualTo("3,8,MIGRAINE,[triptan Sumatriptan 50 mg],[]");
        assertThat(messages.textProperty().get()).startsWith("sample-data.csv: imported 42 days;");
        assertThat(reloads).isEqualTo(1);
    }

    @Test
    void aChangedRole_changesThePreview_andLeavingBothPainsOut_turnsImportOffSayingWhy() {
        var mapping = mapping("flaredown", "sample-data.csv");
        row(mapping, "Ibuprofen").medicationClassProperty().set(MedicationClass.OTHER);
        assertThat(mapping.mapping().of("Ibuprofen").medicationClass()).contains(MedicationClass.OTHER);

        row(mapping, "Lower back pain").roleProperty().set(Role.NOT_USED);
        assertThat(mapping.previewProperty().get()).startsWith("Would import 0 days. Recording the missing pain as 0 "
                + "would import 42 more days.\n")
                .contains("Lower back pain, on 42 days");
        assertThat(mapping.onePainDaysProperty().get()).startsWith("42 days have a score of only one of the two "
                + "pains: 2024-03-04, 2024-03-05,").endsWith(" and 32 more days.");
        assertThat(mapping.problemProperty().get())
                .isEqualTo("Choose what becomes of the days with a score of only one of the two pains.");

        for (var name : new String[] {"Migraine", "Headache"}) {
            row(mapping, name).roleProperty().set(Role.NOT_USED);
        }
        assertThat(mapping.problemProperty().get())
                .isEqualTo("Nothing becomes back pain or a headache: choose what does above.");
        assertThat(mapping.canImportProperty().get()).isFalse();
        assertThat(mapping.importDays()).isFalse();
        assertThat(diary.count()).isZero();

        row(mapping, "Nausea").roleProperty().set(Role.BACK_PAIN);
        row(mapping, "Headache").roleProperty().set(Role.HEADACHE);
        assertThat(mapping.previewProperty().get()).startsWith("Would import ").doesNotContain("Nausea");
        assertThat(mapping.mapping().of("Nausea").role()).isEqualTo(Role.BACK_PAIN);
    }

    @Test
    void bearable_keepsImportOff_untilTheOnePainChoiceIsMade() {
        var mapping = mapping("bearable", "sample-Bearable_Export_20240418.csv");
        assertThat(mapping.rows()).hasSizeGreaterThan(10);
        assertThat(mapping.onePainProperty().get()).isNull();
        assertThat(mapping.onePainDaysProperty().get()).startsWith("16 days have a score of only one of the two "
                + "pains: 2024-03-04,");
        assertThat(mapping.previewProperty().get()).startsWith("Would import 26 days. Recording the missing pain as 0 "
                + "would import 16 more days.\n").contains("16 days with a score of only one of the two pains "
                + "(left out unless the missing pain is recorded as 0)");
        assertThat(mapping.canImportProperty().get()).isFalse();
        assertThat(mapping.importDays()).isFalse();

        mapping.onePainProperty().set(OnePainDays.SKIP);
        assertThat(mapping.problemProperty().get()).isEmpty();
        assertThat(mapping.canImportProperty().get()).isTrue();
        assertThat(mapping.previewProperty().get()).startsWith("Would import 26 days.")
                .contains("16 days with a score of only one of the two pains (left out)");

        mapping.onePainProperty().set(OnePainDays.ZERO);
        assertThat(mapping.previewProperty().get()).startsWith("Would import 42 days.");
        assertThat(mapping.importDays()).isTrue();
        assertThat(diary.count()).isEqualTo(42);
        assertThat(saved("2024-03-27")).isEqualTo("5,10,MIGRAINE,[triptan Sumatriptan 50 mg],[Stressful day, Walk]");
    }

    @Test
    void headi_aChangedTimeZone_readsTheFileAgain_keepingTheChoices() {
        var mapping = mapping("headi", "sample-20240417_213005_headi_diary.csv");
        assertThat(mapping.asksZone()).isTrue();
        assertThat(mapping.zoneProperty().get()).isEqualTo(ZoneId.systemDefault().getId());
        mapping.onePainProperty().set(OnePainDays.ZERO);
        row(mapping, "Ibuprofen 400").medicationClassProperty().set(MedicationClass.OTHER);

        mapping.zoneProperty().set("Mars/Olympus");
        assertThat(mapping.problemProperty().get()).isEqualTo("Mars/Olympus is not a time zone: write it as "
                + "Europe/Zurich or America/New_York.");
        assertThat(mapping.canImportProperty().get()).isFalse();
        row(mapping, "Tension headache").roleProperty().set(Role.NOT_USED);
        row(mapping, "Tension headache").roleProperty().set(Role.HEADACHE);
        assertThat(mapping.canImportProperty().get()).as("still no zone").isFalse();

        mapping.zoneProperty().set("America/Los_Angeles");
        assertThat(mapping.readIn()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(mapping.problemProperty().get()).isEmpty();
        assertThat(row(mapping, "Ibuprofen 400").medicationClassProperty().get()).isEqualTo(MedicationClass.OTHER);
        assertThat(mapping.onePainProperty().get()).isEqualTo(OnePainDays.ZERO);
        assertThat(mapping.importDays()).isTrue();
        assertThat(saved("2024-03-11")).startsWith("3,8,MIGRAINE,");
        assertThat(saved("2024-03-12")).isEqualTo("not recorded");
        assertThat(saved("2024-03-23")).isEqualTo("8,2,-,[other Ibuprofen 400 × 3],[]");
    }

    @Test
    void headi_inZurich_givesTheDaysOfItsExpectedList() {
        var mapping = mapping("headi", "sample-20240417_213005_headi_diary.csv");
        mapping.zoneProperty().set("Europe/Zurich");
        mapping.onePainProperty().set(OnePainDays.SKIP);
        assertThat(mapping.importDays()).isTrue();
        assertThat(saved("2024-03-12")).isEqualTo("3,8,MIGRAINE,[triptan Sumatriptan 50 mg × 1],[]");
        assertThat(saved("2024-03-16")).isEqualTo("not recorded");
        assertThat(saved("2024-03-23")).isEqualTo("8,2,-,[simple_analgesic Ibuprofen 400 × 3],[]");
        assertThat(saved("2024-03-27")).isEqualTo("4,9,MIGRAINE,[triptan Sumatriptan 50 mg × 1],[]");
        assertThat(saved("2024-03-28")).isEqualTo("not recorded");
        assertThat(saved("2024-04-06")).isEqualTo("7,2,-,[simple_analgesic Ibuprofen 400 × 1],[]");
    }

    @Test
    void daysAlreadyInTheDiary_areSkippedOrReplaced_asChosen() {
        diary.save(DayEntry.on(LocalDate.parse("2024-03-09")).backPain(1).headache(1).build());
        var mapping = mapping("flaredown", "sample-data.csv");
        assertThat(mapping.conflictsProperty().get()).isTrue();
        assertThat(mapping.onConflictProperty().get()).isEqualTo(ConflictMode.SKIP);
        assertThat(mapping.previewProperty().get())
                .startsWith("Would import 42 days: 41 new, 1 is already in the diary (first 2024-03-09, line 7).");

        mapping.importDays();
        assertThat(saved("2024-03-09")).isEqualTo("1,1,-,[],[]");

        var again = mapping("flaredown", "sample-data.csv");
        again.onConflictProperty().set(ConflictMode.REPLACE);
        again.importDays();
        assertThat(saved("2024-03-09")).isEqualTo("8,3,-,[simple_analgesic Ibuprofen 2 x 400 mg],[]");
    }

    @Test
    void aHeadBackFile_goesToItsPreview_andACancelledReadingChangesNothing() throws Exception {
        var own = Files.writeString(dataDir.resolve("days.csv"), "date,back_pain,headache\n2026-11-20,1,1\n");
        var plans = new AtomicReference<Integer>();
        transfer.prepareImport(own, (plan, preview) -> plans.set(preview.newDays()), mapping -> fail("a mapping"));
        assertThat(plans.get()).isEqualTo(1);

        runner.cancel();
        transfer.prepareImport(sample("flaredown", "sample-data.csv"), (plan, preview) -> fail("a preview"),
                mapping -> fail("a mapping"));
        assertThat(messages.textProperty().get()).isEqualTo("Import cancelled: nothing was changed.");
        assertThat(diary.count()).isZero();
    }
}
