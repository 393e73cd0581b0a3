package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.headback.cli.Cli;
import org.headback.diary.DayEntry;
import org.headback.diary.DayField;
import org.headback.diary.Diary;
import org.headback.diary.DiaryCsv;
import org.headback.diary.csv.CsvReader;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes that a spreadsheet would run as a formula when it opens an exported diary ({@code =cmd|' /C calc'!A0},
 * {@code =HYPERLINK(…)}) are written so that it shows them as text; importing the export gives back every note
 * exactly as it was.
 */
class SpreadsheetFormulaTest {
    static final List<String> NOTES = List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://example.org\",\"x\")",
            "+SUM(1,2)", "-2+3", "- walked 2 km", "@SUM(A1)", "\tindented", "\rcarriage return", "=", "'",
            "'=already quoted", "''+two apostrophes", "'twas a bad day", "plain words", "", "naïve = fine",
            "'\t'", "==", "＝full-width sign");

    @TempDir
    Path dataDir;
    @TempDir
    Path otherDataDir;
    @TempDir
    Path files;

    private static String run(Path dataDir, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = new Cli(new PrintWriter(out), new PrintWriter(err), dir -> { }).run(all.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static List<String> notesColumn(String csv) throws Exception {
        var notes = new ArrayList<String>();
        try (var reader = new CsvReader(new StringReader(csv))) {
            reader.next();
            for (var record = reader.next(); record.isPresent(); record = reader.next()) {
                notes.add(record.get().fields().get(DiaryCsv.COLUMNS.indexOf(DayField.NOTES)));
            }
        }
        return notes;
    }

    @Test
    void exportedNotes_neverStartAsAFormula_andImportBackExactly() throws Exception {
        var clock = Clock.systemDefaultZone();
        var first = LocalDate.now().minusDays(NOTES.size());
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            for (int i = 0; i < NOTES.size(); i++) {
                diary.save(DayEntry.on(first.plusDays(i)).backPain(1).notes(NOTES.get(i)).build());
            }
        }
        var export = files.resolve("diary.csv");
        run(dataDir, "diary", "export", export.toString());

        for (var csv : List.of(Files.readString(export), run(dataDir, "diary", "list"))) {
            assertThat(notesColumn(csv)).hasSize(NOTES.size()).allSatisfy(cell -> assertThat(cell)
                    .as("a cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
            assertThat(notesColumn(csv)).contains("'=cmd|' /C calc'!A0", "'- walked 2 km", "'twas a bad day",
                    "'''+two apostrophes");
        }

        run(otherDataDir, "diary", "import", export.toString());
        try (var database = Database.open(otherDataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            assertThat(diary.all()).extracting(DayEntry::notes).containsExactlyElementsOf(NOTES);
        }
    }

    @Test
    void cellsFromAnotherProgram_loseOnlyTheApostropheThatGuardsAFormula() {
        assertThat(DiaryCsv.fromCell("'=1+1")).isEqualTo("=1+1");
        assertThat(DiaryCsv.fromCell("'twas")).isEqualTo("'twas");
        assertThat(DiaryCsv.fromCell("'")).isEqualTo("'");
        assertThat(DiaryCsv.fromCell("=1+1")).isEqualTo("=1+1");
        for (var note : NOTES) {
            assertThat(DiaryCsv.fromCell(DiaryCsv.toCell(note))).isEqualTo(note);
        }
    }
}
