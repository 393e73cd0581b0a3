package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Factors through a CSV file: names the diary does not know become the user's own, hidden ones go out and back. */
class FactorsThroughCsvTest {
    private static final LocalDate TODAY = DiaryTest.TODAY;
    private static final String HEADER = "date,back_pain,headache,factors\n";

    @TempDir
    Path dataDir;

    private Diary open(Database database) {
        return new Diary(new SqliteDiaryStore(database, DiaryTest.CLOCK), DiaryTest.CLOCK);
    }

    private static ImportPlan read(String csv) throws Exception {
        return DiaryCsvReader.read("days.csv", new StringReader(csv), TODAY);
    }

    @Test
    void import_namesTheFactorsTheDiaryDoesNotKnow_inThePreviewAndTheSummary_andMakesThemTheUsersOwn()
            throws Exception {
        var plan = read(HEADER + TODAY.minusDays(2) + ",3,0,Coffee;Long drive\n" + TODAY.minusDays(1)
                + ",2,0,long DRIVE;stairs\n");
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            diary.addFactor(Factor.own("coffee"));

            assertThat(diary.preview(plan).newFactors()).containsExactly("Long drive", "stairs");
            var result = diary.importDays(plan, ConflictMode.FAIL, Progress.NONE);

            assertThat(result.newFactors()).containsExactly("Long drive", "stairs");
            assertThat(result.summary()).isEqualTo("imported 2 days; added 2 new factors: Long drive, stairs");
            assertThat(diary.factors()).containsExactly(Factor.own("coffee"), Factor.own("Long drive"),
                    Factor.own("stairs"));
            assertThat(diary.day(TODAY.minusDays(2)).orElseThrow().factors()).containsExactlyInAnyOrder("coffee",
                    "Long drive");
        }
    }

    @Test
    void import_ofKnownFactorsOnly_makesNone_andSaysNothingOfThem() throws Exception {
        var plan = read(HEADER + TODAY + ",3,0,COFFEE\n");
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            diary.addFactor(Factor.own("coffee"));

            assertThat(diary.preview(plan).newFactors()).isEmpty();
            assertThat(diary.importDays(plan, ConflictMode.FAIL, Progress.NONE).summary())
                    .isEqualTo("imported 1 day");
        }
    }

    @Test
    void aHiddenFactorsDays_surviveAnExportAndAnImport() throws Exception {
        var csv = new StringWriter();
        try (var database = Database.open(dataDir.resolve("first"))) {
            var diary = open(database);
            diary.save(DayEntry.on(TODAY.minusDays(1)).backPain(4).factors(Set.of("heat pad", "coffee")).build());
            diary.save(DayEntry.on(TODAY).backPain(2).factors(Set.of("heat pad")).build());
            diary.hideFactor("heat pad", true);
            DiaryCsv.write(diary.all(), csv, Progress.NONE);
        }
        try (var database = Database.open(dataDir.resolve("second"))) {
            var diary = open(database);
            diary.importDays(read(csv.toString()), ConflictMode.FAIL, Progress.NONE);

            assertThat(diary.day(TODAY.minusDays(1)).orElseThrow().factors()).containsExactlyInAnyOrder("heat pad",
                    "coffee");
            assertThat(diary.day(TODAY).orElseThrow().factors()).containsExactly("heat pad");
        }
    }
}
