package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.headback.output.Outputs;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.work.CancelledException;
import org.headback.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiaryCsvTest {
    private static final LocalDate TODAY = DiaryTest.TODAY;
    private static final String HEADER = "date,back_pain,headache\r\n";

    @TempDir
    Path dir;

    private static ImportPlan read(String csv) throws Exception {
        return DiaryCsvReader.read("days.csv", new StringReader(csv), TODAY);
    }

    @Test
    void roundTrip_keepsAwkwardNotesAndEveryValue() throws Exception {
        var days = List.of(DiaryTest.fullDay(TODAY.minusDays(2)),
                DayEntry.on(TODAY.minusDays(1)).notes("=SUM(A1), \"quoted\"\r\nsecond line, ünïcödé").build(),
                DayEntry.on(TODAY).build());
        var out = new StringWriter();
        DiaryCsv.write(days, out, Progress.NONE);

        assertThat(read(out.toString()).days()).isEqualTo(days);
    }

    @Test
    void columns_matchByNameInAnyOrderAndCase_unknownOnesAreNamed() throws Exception {
        var plan = read("\uFEFFHeadache,Mood,DATE,Back_Pain\r\n3,good,2026-11-20,5\r\n");
        assertThat(plan.days())
                .containsExactly(DayEntry.on(LocalDate.of(2026, 11, 20)).backPain(5).headache(3).build());
        assertThat(plan.unknownColumns()).containsExactly("Mood");
    }

    @Test
    void optionalColumns_areReadInTheDocumentedFormats() throws Exception {
        var plan = read("date,back_pain,back_pain_location,headache,headache_kind,headache_hours,medication,"
                + "sleep_hours,stress,notes\n2026-11-01,4,lower_back;neck,6,migraine,3.5,"
                + "triptan:sumatriptan:50 mg;other,7,8,\"a, b\"\n");
        assertThat(plan.days()).containsExactly(DayEntry.on(LocalDate.of(2026, 11, 1)).backPain(4)
                .backLocations(Set.of(BackLocation.LOWER_BACK, BackLocation.NECK)).headache(6)
                .headacheKind(HeadacheKind.MIGRAINE).headacheHours(3.5)
                .medications(List.of(new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg"),
                        new Medication(MedicationClass.OTHER, "", "")))
                .sleepHours(7).stress(8).notes("a, b").build());
    }

    @Test
    void export_writesWarningSignsInTheirOwnColumn_afterNotes_thenAttacksAndFactors() throws Exception {
        var out = new StringWriter();
        DiaryCsv.write(List.of(DayEntry.on(TODAY).backPain(7)
                .warningSigns(Set.of("weight_loss", "leg_weakness_numbness")).build()), out, Progress.NONE);
        assertThat(out.toString()).isEqualTo("date,back_pain,back_pain_location,headache,headache_kind,"
                + "headache_hours,medication,sleep_hours,stress,notes,warning_signs,attacks,factors\r\n"
                + TODAY + ",7,,0,,,,,,,leg_weakness_numbness;weight_loss,,\r\n");
    }

    @Test
    void export_writesAttacksMedicineDetailsAndFactors_inTheFormsText() throws Exception {
        var day = DayForm.day(Map.of(DayField.DATE, TODAY.toString(), DayField.BACK_PAIN, "6",
                DayField.ATTACKS, "14:00;3h;7;migraine", DayField.MEDICATION,
                "triptan:sumatriptan:50 mg:taken 14:30, attack 1, relief a_lot", DayField.FACTORS,
                "Long drive;coffee"), TODAY);
        var out = new StringWriter();
        DiaryCsv.write(List.of(day), out, Progress.NONE);

        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).startsWith(TODAY + ",6,,7,migraine,3,")
                .contains("triptan:sumatriptan:50 mg:taken 14:30, attack 1, relief a_lot")
                .endsWith(",14:00;3h;7;migraine,coffee;Long drive");
        assertThat(read(out.toString()).days()).containsExactly(day);
    }

    @Test
    void readmesExample_imports_withTheAttackMedicineDetailsAndFactorsItDescribes() throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```csv\n", readme.indexOf("### The CSV format")) + "```csv\n".length();
        var plan = DiaryCsvReader.read("README.md", new StringReader(readme.substring(start,
                readme.indexOf("```", start))), LocalDate.of(2026, 12, 31));

        assertThat(plan.days()).hasSize(4);
        var last = plan.days().get(3);
        assertThat(last.attacks()).singleElement().satisfies(attack -> {
            assertThat(attack.peak()).isEqualTo(7);
            assertThat(attack.start()).contains(LocalTime.of(14, 0));
        });
        assertThat(last.medications()).singleElement().extracting(Medication::relief)
                .isEqualTo(Optional.of(Relief.A_LOT));
        assertThat(last.factors()).containsExactlyInAnyOrder("coffee", "Long drive");
        assertThat(plan.days().get(2).factors()).containsExactly("heat pad");
    }

    @Test
    void factorOrAttackThatLooksLikeAFormula_isWrittenAsText_andReadBackAsItWas() throws Exception {
        var day = DayEntry.on(TODAY).factors(Set.of("=SUM(A1)", "+drive")).build();
        var out = new StringWriter();
        DiaryCsv.write(List.of(day), out, Progress.NONE);

        assertThat(out.toString()).contains(",'+drive;=SUM(A1)");
        assertThat(read(out.toString()).days()).containsExactly(day);
    }

    @Test
    void import_withoutAttacksOrFactorsColumns_readsDaysWithoutThem() throws Exception {
        var plan = read(HEADER + "2026-11-01,3,4\r\n");
        assertThat(plan.days()).containsExactly(DayEntry.on(LocalDate.of(2026, 11, 1)).backPain(3).headache(4)
                .build());
        assertThat(plan.unknownColumns()).isEmpty();
    }

    @Test
    void import_withoutWarningSignsColumn_isValid_andWithOne_readsTheCodes() throws Exception {
        assertThat(read(HEADER + "2026-11-01,3,0\r\n").days().get(0).warningSigns()).isEmpty();
        var plan = read("date,back_pain,headache,warning_signs\n2026-11-01,8,0,fever_chills; Weight-Loss\n"
                + "2026-11-02,1,0,\n");
        assertThat(plan.days()).extracting(DayEntry::warningSigns)
                .containsExactly(Set.of("fever_chills", "weight_loss"), Set.of());
        assertThat(plan.unknownColumns()).isEmpty();
    }

    @Test
    void import_unknownWarningSign_stopsTheImportWithFileLineAndField() {
        var csv = "date,back_pain,headache,warning_signs\n2026-11-01,8,0,fever_chills\n2026-11-02,8,0,dizzy\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("days.csv, line 3, warning_signs: “dizzy” is not bowel_bladder_control, ");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-01,11,0             | days.csv, line 2, back_pain: 11 is not between 0 and 10",
        "2026-02-30,1,1              | days.csv, line 2, date: 2026-02-30 is not a date",
        "2026-11-01,1                | days.csv, line 2, 2 fields, but the header has 3",
        "2026-11-01,one,1            | days.csv, line 2, back_pain: “one” is not a whole number from 0 to 10",
        "2027-01-01,1,1              | days.csv, line 2, date: 2027-01-01 is in the future",
        "2026-11-01,1,\"2            | days.csv, line 2, a quoted field that starts here is never closed"})
    void badRow_stopsTheImport_withLineAndColumn(String row, String message) {
        assertThatThrownBy(() -> read(HEADER + row + "\r\n"))
                .isInstanceOf(ImportException.class).hasMessage(message);
    }

    @Test
    void badLastRow_rejectsTheWholeFile() {
        var csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 13; i++) {
            csv.append(TODAY.minusDays(i)).append(",1,2\r\n");
        }
        csv.append(TODAY.minusDays(20)).append(",11,2\r\n");
        assertThatThrownBy(() -> read(csv.toString()))
                .hasMessage("days.csv, line 15, back_pain: 11 is not between 0 and 10");
    }

    @Test
    void sameDayTwice_isRefusedWithBothLines() {
        assertThatThrownBy(() -> read(HEADER + "2026-11-01,1,1\n2026-11-02,1,1\n2026-11-01,2,2\n"))
                .hasMessage("days.csv, line 4, date: 2026-11-01 appears twice (also on line 2)");
    }

    @Test
    void headerProblems_areNamed() {
        assertThatThrownBy(() -> read("")).hasMessageStartingWith("days.csv: the file is empty; it needs a header");
        assertThatThrownBy(() -> read("date,headache\n2026-11-01,1\n"))
                .hasMessage("days.csv, line 1, the header has no back_pain column "
                        + "(it needs date, back_pain and headache); the columns found, with a comma between them, "
                        + "were: “date”, “headache”");
        assertThatThrownBy(() -> read("date,back_pain,headache,Headache\n"))
                .hasMessage("days.csv, line 1, the column headache appears twice in the header");
    }

    @Test
    void binaryOrNonUtf8File_isRefusedWithTheFileName() throws Exception {
        var binary = Files.write(dir.resolve("diary.xlsx.csv"), new byte[] {'P', 'K', 3, 4, (byte) 0xC3, 0x28});
        assertThatThrownBy(() -> DiaryCsvReader.read(binary, TODAY))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("diary.xlsx.csv: the file is not text but binary data");
        var latin1 = Files.write(dir.resolve("latin1.csv"), "date,back_pain,headache\nd\u00e9j\u00e0,1,1\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> DiaryCsvReader.read(latin1, TODAY))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("latin1.csv, line 2, date: the text is not UTF-8 (byte 0xE9 after “d”)");
    }

    @Test
    void export_toFile_writesAtomically_andReadsBack(@TempDir Path dataDir) throws Exception {
        var target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        var days = List.of(DiaryTest.fullDay(TODAY));
        var clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            diary.save(days.get(0));
            assertThat(DiaryExport.toFile(Outputs.open(dataDir), diary, null, null, target, Progress.NONE))
                    .isEqualTo(1);
        }
        assertThat(DiaryCsvReader.read(target, TODAY).days()).isEqualTo(days);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).startsWith("date,back_pain,back_pain_location,");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void write_cancelledMidway_stopsBeforeTheNextDay() {
        var days = List.of(DayEntry.on(TODAY.minusDays(2)).build(), DayEntry.on(TODAY.minusDays(1)).build(),
                DayEntry.on(TODAY).build());
        var told = new AtomicLong();
        var out = new StringWriter();
        assertThatThrownBy(() -> DiaryCsv.write(days, out, Progress.of((done, total) -> told.set(done),
                () -> told.get() >= 1))).isInstanceOf(CancelledException.class);
        assertThat(told).hasValue(1);
    }

    @Test
    void export_cancelledMidway_leavesTheEarlierFile_andNoPartialFile(@TempDir Path dataDir) throws Exception {
        var target = Files.writeString(dir.resolve("out.csv"), "last week's export\n");
        var clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        var told = new AtomicLong();
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            for (int i = 0; i < 10; i++) {
                diary.save(DayEntry.on(TODAY.minusDays(i)).build());
            }
            assertThatThrownBy(() -> DiaryExport.toFile(Outputs.open(dataDir), diary, null, null, target,
                    Progress.of((done, total) -> told.set(done), () -> told.get() >= 5)))
                    .isInstanceOf(CancelledException.class);
        }
        assertThat(told).hasValue(5);
        assertThat(target).hasContent("last week's export");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
