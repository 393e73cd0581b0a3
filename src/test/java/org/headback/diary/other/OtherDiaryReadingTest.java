package org.headback.diary.other;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.IntStream;
import org.headback.diary.ImportException;
import org.headback.diary.MedicationClass;
import org.headback.work.CancelledException;
import org.headback.work.Progress;
import org.junit.jupiter.api.Test;

/** Other diaries' files read into what they hold: the rules of each app's format, and what HeadBack proposes. */
class OtherDiaryReadingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private static DiaryFile read(String text) throws Exception {
        return DiaryFile.read("test.csv", new StringReader(text), Optional.empty(), ZURICH, TODAY, Progress.NONE);
    }

    @Test
    void aFourPointScore_becomesHeadBacksScale_timesTwoAndAHalf_halfUp() {
        assertThat(IntStream.rangeClosed(0, 4).map(RowProblem::fromFourPoint))
                .containsExactly(0, 3, 5, 8, 10);
    }

    @Test
    void theHeader_tellsTheApp_andAnUnknownOneIsLeftToHeadBacksOwnReader() throws Exception {
        assertThat(read("date,back_pain,headache\n2024-03-01,2,3\n").source()).isEqualTo(Source.HEADBACK);
        assertThat(read("Date,Back,Tags,Foods\n2024-03-01,2,\"\",\"\"\n").source()).isEqualTo(Source.FLAREDOWN);
        assertThat(read("date,weekday,time of day,category,rating/amount,detail,notes\n").source())
                .isEqualTo(Source.BEARABLE);
        assertThat(read("_id,pain,start_date,end_date,duration,strength,medication,medication_amount\n").source())
                .isEqualTo(Source.HEADI);
        assertThatThrownBy(() -> read("when,back\n2024-03-01,2\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("test.csv");
    }

    @Test
    void flaredown_twoColumnsOfOneName_areTwoTrackables_andSeveralCheckInsOfADayAreOneDay() throws Exception {
        var diary = (OtherDiary) read("Date,Headache,Headache,Aspirin,Tags,Foods\n"
                + "2024-03-01T05:00:00+00:00,1,,Taken,poor sleep; Coffee,\"\"\n"
                + "2024-03-01T18:00:00+00:00,,3,Not Taken,coffee,\"Cheese, cheddar\"\n");
        assertThat(diary.trackables()).extracting(Trackable::name)
                .containsExactly("Headache", "Headache (2)", "Aspirin", "poor sleep", "Coffee", "coffee");
        assertThat(diary.entryDays()).containsOnlyKeys(LocalDate.of(2024, 3, 1));
        var days = OtherDays.of(diary, Proposal.of(diary).with("Headache", Mapping.Choice.of(Role.BACK_PAIN)),
                Optional.empty());
        var day = days.plan().days().get(0);
        assertThat(day.backPain()).isEqualTo(3);
        assertThat(day.headache()).isEqualTo(8);
        assertThat(day.factors()).containsExactly("Coffee", "poor sleep");
        assertThat(day.medications()).singleElement().satisfies(medication -> {
            assertThat(medication.name()).isEqualTo("Aspirin");
            assertThat(medication.dose()).isEmpty();
            assertThat(medication.medicationClass()).isEqualTo(MedicationClass.SIMPLE_ANALGESIC);
        });
        assertThat(days.plan().notUsed()).containsExactly("Foods, on 1 check-in");
    }

    @Test
    void aDayOfOnePainOnly_isListed_andImportedOnlyAsTheUserChooses() throws Exception {
        var diary = (OtherDiary) read("Date,Lower back pain,Migraine,Tags,Foods\n2024-03-01,2,,\"\",\"\"\n"
                + "2024-03-02,2,1,\"\",\"\"\n2024-03-03,,,\"\",\"\"\n");
        var unchosen = OtherDays.of(diary, Proposal.of(diary), Optional.empty());
        assertThat(unchosen.onePainDays()).containsExactly(LocalDate.of(2024, 3, 1));
        assertThat(unchosen.withoutPain()).containsExactly(LocalDate.of(2024, 3, 3));
        assertThat(unchosen.missingChoice()).contains("1 day has a score of only one of the two pains (the first is "
                + "2024-03-01, line 2)");
        assertThat(unchosen.plan().days()).extracting(day -> day.date().getDayOfMonth()).containsExactly(2);
        var zero = OtherDays.of(diary, Proposal.of(diary), Optional.of(OnePainDays.ZERO));
        assertThat(zero.missingChoice()).isEmpty();
        assertThat(zero.plan().days()).extracting(day -> day.backPain() + "/" + day.headache())
                .containsExactly("5/0", "5/3");
        assertThat(zero.plan().days().get(1).hasMigraine()).isTrue();
    }

    @Test
    void headiBefore1_10_10_keepsACommaOfAnUnquotedDescription_andTheLiteralNullIsEmpty() throws Exception {
        var diary = (OtherDiary) read("_id,pain,start_date,end_date,duration,strength,medication,medication_amount,"
                + "description\n1,Migraine,1709624842814,1709657008758,32165944,6,null,0,after work, in the dark\n");
        assertThat(diary.notes()).extracting(Mark::text).containsExactly("after work, in the dark");
        assertThat(diary.intakes()).isEmpty();
        assertThat(diary.readings()).singleElement().satisfies(episode -> {
            assertThat(episode.day()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(episode.start()).hasValueSatisfying(start -> assertThat(start).hasToString("08:47"));
            assertThat(episode.duration()).hasValueSatisfying(lasted -> assertThat(lasted.toMinutes())
                    .isEqualTo(536));
        });
    }

    @Test
    void theProposal_namesTheObviousRoles_andMedicineClassesByTheirGenericNames() {
        assertThat(Proposal.painRole("Back (lower) pain")).isEqualTo(Role.BACK_PAIN);
        assertThat(Proposal.painRole("Lower back pain")).isEqualTo(Role.BACK_PAIN);
        assertThat(Proposal.painRole("Back pain")).isEqualTo(Role.BACK_PAIN);
        assertThat(Proposal.painRole("Back (upper) pain")).isEqualTo(Role.NOT_USED);
        assertThat(Proposal.painRole("Tension headache")).isEqualTo(Role.HEADACHE);
        assertThat(Proposal.painRole("Vestibular migraine")).isEqualTo(Role.MIGRAINE);
        assertThat(Proposal.painRole("Nausea")).isEqualTo(Role.NOT_USED);
        assertThat(Proposal.medicationClass("Sumatriptan 50 mg")).isEqualTo(MedicationClass.TRIPTAN);
        assertThat(Proposal.medicationClass("Paracetamol/Codeine")).isEqualTo(MedicationClass.OPIOID);
        assertThat(Proposal.medicationClass("Ibuprofen 400")).isEqualTo(MedicationClass.SIMPLE_ANALGESIC);
        assertThat(Proposal.medicationClass("Magnesium")).isEqualTo(MedicationClass.OTHER);
    }

    @Test
    void aRowOfTheWrongWidth_isRefusedWithItsLine_andCancelStopsTheReading() {
        assertThatThrownBy(() -> read("Date,Back,Tags,Foods\n2024-03-01,2,\"\"\n"))
                .hasMessage("test.csv, line 2, the row: it has 3 fields, but the header names 4 columns");
        var stopped = Progress.until(() -> true);
        assertThatThrownBy(() -> DiaryFile.read("test.csv", new StringReader("Date,Back,Tags,Foods\n"
                + "2024-03-01,2,\"\",\"\"\n"), Optional.empty(), ZURICH, TODAY, stopped))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void whatHeadBackCannotKeep_isRefusedWithTheLineItIsOn_notTheDaysFirst() {
        var longName = "x".repeat(61);
        assertThatThrownBy(() -> read("date,weekday,time of day,category,rating/amount,detail,notes\n"
                + "\"4th Mar 2024\",\"Monday\",\"am\",\"Symptom\",\"1\",\"Back (lower) pain (Mild)\",\"\"\n"
                + "\"4th Mar 2024\",\"Monday\",\"all day\",\"Factors\",\"\",\"Walk | " + longName + "\",\"\"\n"))
                .hasMessageStartingWith("test.csv, line 3, factor: the factor name").hasMessageContaining("60");
        assertThatThrownBy(() -> read("Date,Back,Pill,Tags,Foods\n2024-03-01,1,1:2 tablets,\"\",\"\"\n"))
                .hasMessage("test.csv, line 2, Pill: the dose “1:2 tablets” cannot contain ; or : or a line break");
        var episodes = new StringBuilder("_id,pain,start_date,end_date,duration,strength,medication,"
                + "medication_amount,description\n");
        for (int i = 0; i < 25; i++) {
            long start = 1709624842814L + i * 120_000L;
            episodes.append(i).append(",Migraine,").append(start).append(',').append(start + 60_000L)
                    .append(",60000,5,,0,\n");
        }
        assertThatThrownBy(() -> OtherDays.of((OtherDiary) read(episodes.toString()), Proposal.of(
                (OtherDiary) read(episodes.toString())), Optional.of(OnePainDays.ZERO)))
                .hasMessage("test.csv, line 26, Migraine: the 25th headache episode of 2024-03-05; a day holds at most "
                        + "24 attacks");
    }
}
