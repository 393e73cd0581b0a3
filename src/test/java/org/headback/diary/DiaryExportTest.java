package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.headback.output.Outputs;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export refuses a range in the words of the one range check, and then writes nothing. */
class DiaryExportTest {
    private static final LocalDate TODAY = DiaryTest.TODAY;

    @TempDir
    Path dataDir;
    @TempDir
    Path dir;

    @Test
    void aReversedRange_isRefusedInTheRangeChecksWords_andTheEarlierFileStays() throws Exception {
        var target = Files.writeString(dir.resolve("out.csv"), "last week's export\n");
        var from = TODAY;
        var to = TODAY.minusDays(5);
        var expected = DateRange.problem(from, to, TODAY, TODAY, DateRange.Ends.OPTIONS).orElseThrow();
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, DiaryTest.CLOCK), DiaryTest.CLOCK);
            diary.save(DayEntry.on(TODAY.minusDays(2)).backPain(3).build());
            assertThatThrownBy(() -> DiaryExport.days(diary, from, to)).hasMessage(expected);
            assertThatThrownBy(() -> DiaryExport.toFile(Outputs.open(dataDir), diary, from, to, target,
                    Progress.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
        }
        assertThat(expected).isEqualTo("The range is reversed: --to " + to + " is before --from " + from + ".");
        assertThat(target).hasContent("last week's export");
    }

    @Test
    void rangeProblem_isTheOneCheck_withNoLastDay_inTheWordsItIsGiven() {
        var window = DateRange.Ends.fields(day -> "[" + day + "]", false);
        assertThat(DiaryExport.rangeProblem(TODAY, TODAY.minusDays(5), window))
                .isEqualTo(DateRange.problem(TODAY, TODAY.minusDays(5), TODAY, TODAY, window));
        assertThat(DiaryExport.rangeProblem(LocalDate.of(1899, 12, 31), null, window))
                .isEqualTo(DateRange.problem(LocalDate.of(1899, 12, 31), null, TODAY, TODAY, window)).isPresent();
        assertThat(DiaryExport.rangeProblem(TODAY.plusYears(10), null, window)).isEmpty();
        assertThat(DiaryExport.rangeProblem(null, null, window)).isEmpty();
    }

    @Test
    void anOpenEndedRange_isNotRefused_evenWhenItStartsAfterTheLastRecordedDay() throws Exception {
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, DiaryTest.CLOCK), DiaryTest.CLOCK);
            var day = DayEntry.on(TODAY.minusDays(2)).backPain(3).build();
            diary.save(day);
            assertThat(DiaryExport.days(diary, null, TODAY)).containsExactly(day);
            assertThat(DiaryExport.days(diary, TODAY.plusDays(3), null)).isEmpty();
        }
    }
}
