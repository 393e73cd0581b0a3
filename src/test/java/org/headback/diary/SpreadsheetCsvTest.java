package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files as spreadsheets save them (Excel, LibreOffice Calc, Google Sheets, in several languages): read whole, or
 * refused with the file, the line, the column and what to do. The sample files are byte for byte as those programs
 * write them (byte-order marks, CRLF line ends, UTF-16, Windows-1252).
 */
class SpreadsheetCsvTest {
    private static final LocalDate TODAY = DiaryTest.TODAY;
    private static final LocalDate NOV_18 = LocalDate.of(2026, 11, 18);
    private static final LocalDate NOV_19 = LocalDate.of(2026, 11, 19);
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);
    private static final String DATE_HINT = "; it looks like a date as a spreadsheet shows it: format the date column "
            + "as YYYY-MM-DD before saving the CSV file";

    @TempDir
    Path dir;

    private static ImportPlan sample(String name) {
        try {
            var url = Objects.requireNonNull(SpreadsheetCsvTest.class.getResource("spreadsheet/" + name), name);
            return DiaryCsvReader.read(Path.of(url.toURI()), TODAY);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportPlan read(String csv) throws Exception {
        return DiaryCsvReader.read("days.csv", new StringReader(csv), TODAY);
    }

    @Test
    void germanExcelCsvUtf8_withSemicolonsAndDecimalCommas_isReadWhole() {
        var plan = sample("excel-de-csv-utf8.csv");
        assertThat(plan.days()).containsExactly(
                DayEntry.on(NOV_18).backPain(6).backLocations(Set.of(BackLocation.LOWER_BACK, BackLocation.NECK))
                        .headache(7).headacheKind(HeadacheKind.MIGRAINE).headacheHours(5.5)
                        .medications(List.of(new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg")))
                        .sleepHours(6.5).stress(8).notes("Lange Fahrt; \"schlechter\" Sitz").build(),
                DayEntry.on(NOV_19).backPain(2).sleepHours(8).stress(3).notes("Spaziergang, 3 km").build(),
                DayEntry.on(NOV_20).backPain(8).backLocations(Set.of(BackLocation.LOWER_BACK)).sleepHours(7.25)
                        .stress(6).notes("Rücken schlimmer").warningSigns(Set.of("fever_chills")).build());
        assertThat(plan.unknownColumns()).isEmpty();
    }

    @Test
    void sepLine_choosesTheSeparator_andIsNotTheHeader() {
        var plan = sample("excel-sep-line.csv");
        assertThat(plan.days()).containsExactly(
                DayEntry.on(NOV_19).backPain(3).headache(4).sleepHours(6.5).notes("neck, shoulders").build(),
                DayEntry.on(NOV_20).backPain(1).sleepHours(8).build());
    }

    @Test
    void sepLine_countsAsALine_inMessages() {
        assertThatThrownBy(() -> read("sep=;\r\ndate;back_pain;headache\r\n2026-11-20;11;0\r\n"))
                .hasMessage("days.csv, line 3, back_pain: 11 is not between 0 and 10");
    }

    @Test
    void sepLine_mayNameAnySeparator() throws Exception {
        assertThat(read("SEP=|\ndate|back_pain|headache|notes\n2026-11-20|1|2|a, b; c\n").days())
                .containsExactly(DayEntry.on(NOV_20).backPain(1).headache(2).notes("a, b; c").build());
    }

    @Test
    void excelUnicodeText_utf16LittleEndianWithTabs_isReadWhole() {
        var plan = sample("excel-unicode-text.txt");
        assertThat(plan.days()).containsExactly(
                DayEntry.on(NOV_19).backPain(5).backLocations(Set.of(BackLocation.NECK)).headache(6)
                        .headacheKind(HeadacheKind.TENSION_TYPE).headacheHours(2.5)
                        .medications(List.of(new Medication(MedicationClass.SIMPLE_ANALGESIC, "ibuprofen", "400 mg")))
                        .sleepHours(7).stress(5).notes("Réunion; long\r\nday").build(),
                DayEntry.on(NOV_20).headache(3).sleepHours(9).stress(2).notes("café, calm").build());
    }

    @Test
    void utf16BigEndianWithByteOrderMark_isRead() {
        assertThat(sample("unicode-text-be.txt").days()).containsExactly(
                DayEntry.on(NOV_19).backPain(5).headache(6).notes("Réunion").build(),
                DayEntry.on(NOV_20).headache(3).notes("café").build());
    }

    @Test
    void tabSeparatedUtf8_isRead() throws Exception {
        assertThat(read("date\tback_pain\theadache\tnotes\r\n2026-11-20\t4\t0\ta, b; c\r\n").days())
                .containsExactly(DayEntry.on(NOV_20).backPain(4).notes("a, b; c").build());
    }

    @Test
    void windows1252File_isRefused_withItsLineColumnAndByte_andHowToSaveIt() {
        assertThatThrownBy(() -> sample("excel-windows-1252.csv")).isInstanceOf(ImportException.class)
                .hasMessage("excel-windows-1252.csv, line 4, notes: the text is not UTF-8 (byte 0xE9 after "
                        + "“Migraine after caf”); Excel's plain CSV format writes letters such as é another way: "
                        + "save the file as CSV UTF-8 (in other programs, choose the encoding UTF-8)");
    }

    @Test
    void libreOfficeTrailingEmptyColumnsAndRows_areIgnored_andWholeNumbersWithZeroFractionsRead() {
        var plan = sample("libreoffice-trailing-empty.csv");
        assertThat(plan.days()).containsExactly(DayEntry.on(NOV_19).backPain(4).headache(2).stress(5).build(),
                DayEntry.on(NOV_20).headache(6).build());
        assertThat(plan.unknownColumns()).isEmpty();
    }

    @Test
    void googleSheetsLongDecimals_areRoundedToSixPlaces() {
        assertThat(sample("google-sheets-long-decimals.csv").days()).containsExactly(
                DayEntry.on(NOV_19).backPain(3).headache(5).headacheHours(1.666667).sleepHours(7.333333).build(),
                DayEntry.on(NOV_20).backPain(2).headache(4).headacheHours(0.333333).sleepHours(7).build());
    }

    @Test
    void usExcelDates_areRefused_withTheFieldTheFormAndWhatToDo() {
        assertThatThrownBy(() -> sample("excel-us-dates.csv")).hasMessage("excel-us-dates.csv, line 2, date: "
                + "“11/19/2026” is not a date written as yyyy-MM-dd" + DATE_HINT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20/11/2026", "20.11.2026", "20-11-2026", "20/11/26", "2026/11/20", "2026-1-5",
        "2026-11-20 00:00:00", "2026-11-20T00:00"})
    void spreadsheetDateForms_areNamedAsSuch(String date) {
        assertThatThrownBy(() -> read("date,back_pain,headache\n" + date + ",1,1\n")).hasMessage("days.csv, line 2, "
                + "date: “" + date + "” is not a date written as yyyy-MM-dd" + DATE_HINT);
    }

    @Test
    void spreadsheetDayNumber_isNamedAsSuch() {
        assertThatThrownBy(() -> read("date,back_pain,headache\n46346,1,1\n")).hasMessage("days.csv, line 2, date: "
                + "“46346” is not a date written as yyyy-MM-dd; it looks like a spreadsheet's day number: format the "
                + "date column as a date, YYYY-MM-DD, before saving the CSV file");
    }

    @Test
    void otherBadDates_getNoSpreadsheetHint() {
        assertThatThrownBy(() -> read("date,back_pain,headache\nyesterday,1,1\n"))
                .hasMessage("days.csv, line 2, date: “yesterday” is not a date written as yyyy-MM-dd");
    }

    @Test
    void semicolonFile_withDecimalCommas_andCommaFile_withQuotedDecimalCommas_areRead() throws Exception {
        var expected = DayEntry.on(NOV_20).headache(2).headacheHours(7.5).sleepHours(6.25).build();
        assertThat(read("date;back_pain;headache;headache_hours;sleep_hours\n2026-11-20;0;2;7,5;6,25\n").days())
                .containsExactly(expected);
        assertThat(read("date,back_pain,headache,headache_hours,sleep_hours\n2026-11-20,0,2,\"7,5\",\"6,25\"\n")
                .days()).containsExactly(expected);
    }

    @Test
    void wholeNumbersWithAZeroFraction_areRead_butAFractionIsStillRefused() throws Exception {
        assertThat(read("date;back_pain;headache;stress\n2026-11-20;6,0;6.00;10,0\n").days())
                .containsExactly(DayEntry.on(NOV_20).backPain(6).headache(6).stress(10).build());
        assertThatThrownBy(() -> read("date;back_pain;headache\n2026-11-20;6,5;0\n"))
                .hasMessage("days.csv, line 2, back_pain: “6,5” is not a whole number from 0 to 10");
    }

    @Test
    void headerWithoutTheNeededColumns_namesTheColumnsFound_andTheSeparatorUsed() {
        assertThatThrownBy(() -> read("Datum;Rücken;Kopf\n20.11.2026;1;1\n")).hasMessage("days.csv, line 1, "
                + "the header has no date column (it needs date, back_pain and headache); the columns found, with "
                + "a semicolon between them, were: “Datum”, “Rücken”, “Kopf”");
        assertThatThrownBy(() -> read("date\tback_pain\tHeadaches\n")).hasMessage("days.csv, line 1, the header "
                + "has no headache column (it needs date, back_pain and headache); the columns found, with a tab "
                + "between them, were: “date”, “back_pain”, “Headaches”");
    }

    @Test
    void headerWithOneColumn_saysHowColumnsAreSeparated() {
        assertThatThrownBy(() -> read("date back_pain headache\n2026-11-20 1 1\n")).hasMessage("days.csv, line 1, "
                + "the header has no date column (it needs date, back_pain and headache); it has only one "
                + "column, “date back_pain headache”: columns must be separated by commas, semicolons or tabs");
    }

    @Test
    void rowsOfSeparatorsOrSpacesOnly_areSkipped() throws Exception {
        assertThat(read("date;back_pain;headache\r\n;;\r\n2026-11-20;1;1\r\n  \r\n;;\r\n;;").days())
                .containsExactly(DayEntry.on(NOV_20).backPain(1).headache(1).build());
    }

    @Test
    void fieldsBeyondTheHeader_areRefused_evenEmptyOnes_whichHideAColumnShift() {
        assertThatThrownBy(() -> read("date,back_pain,headache\n2026-11-19,1,1,,x\n"))
                .hasMessage("days.csv, line 2, 5 fields, but the header has 3");
        assertThatThrownBy(() -> read("date,back_pain,headache\n2026-11-19,1,1\n2026-11-20,1,1,,\n"))
                .hasMessage("days.csv, line 3, 5 fields, but the header has 3");
        assertThatThrownBy(() -> read("date,back_pain,headache,notes\n2026-11-19,,3,4,\n"))
                .as("a field too many earlier in the row: 3 would be read as the headache")
                .hasMessage("days.csv, line 2, 5 fields, but the header has 4");
    }

    @Test
    void emptyColumnsTheHeaderHasToo_areWhatSpreadsheetsWrite_andAreAccepted() throws Exception {
        assertThat(read("date,back_pain,headache,,\n2026-11-19,1,1,,\n2026-11-20,2,0,,\n").days())
                .containsExactly(DayEntry.on(NOV_19).backPain(1).headache(1).build(),
                        DayEntry.on(NOV_20).backPain(2).headache(0).build());
    }

    @Test
    void columnsWithNoName_areNamedOnlyWhenTheyHoldSomething() throws Exception {
        assertThat(read("date,back_pain,headache,,\n2026-11-19,1,1,,\n").unknownColumns()).isEmpty();
        assertThat(read("date,back_pain,headache,,\n2026-11-19,1,1,,\n2026-11-20,1,1,,note\n").unknownColumns())
                .containsExactly("(a column with no name)");
    }

    @Test
    void workbookSavedWithACsvName_isRefusedAsNotText() throws Exception {
        var file = Files.write(dir.resolve("diary.csv"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0});
        assertThatThrownBy(() -> DiaryCsvReader.read(file, TODAY)).isInstanceOf(ImportException.class)
                .hasMessage("diary.csv: the file is not text but binary data (a spreadsheet's own format, such as "
                        + ".xlsx or .ods?); save it as CSV UTF-8 and import that file.");
    }
}
