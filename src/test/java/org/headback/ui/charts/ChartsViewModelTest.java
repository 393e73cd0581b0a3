package org.headback.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.SimpleBooleanProperty;
import javax.imageio.ImageIO;
import org.headback.chart.ChartKind;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.output.KeptFilesFixture;
import org.headback.output.Outputs;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.MessageLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting the chart in view from the window: the file it writes, and the files it refuses. */
class ChartsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("UTC")).toInstant(),
            ZoneId.of("UTC"));

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private Database database;
    private ChartsViewModel charts;

    @BeforeEach
    void drawTheChart() {
        database = Database.open(dataDir);
        var diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        for (int i = 0; i < 40; i++) {
            diary.save(DayEntry.on(TODAY.minusDays(i)).backPain(i % 3 == 0 ? 0 : 5).headache(i % 4 == 0 ? 6 : 0)
                    .build());
        }
        charts = new ChartsViewModel(diary, Outputs.open(dataDir), new SimpleBooleanProperty(false), new MessageLine(),
                new DirectTaskRunner());
        charts.refresh();
        assertThat(charts.drawnProperty().get()).isNotNull();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFactorsChart_isDrawnWithTheCutsOfShortSleepAndHighStressChosen_andItsLinesUnderIt() {
        charts.kindProperty().set(ChartKind.FACTORS);
        charts.shortSleepHoursProperty().set(7.5);
        charts.highStressProperty().set(9);

        var settings = charts.drawnProperty().get().input().factors().settings();
        assertThat(settings.shortSleepHours()).isEqualTo(7.5);
        assertThat(settings.highStress()).isEqualTo(9);
        assertThat(charts.drawnProperty().get().kind()).isEqualTo(ChartKind.FACTORS);
        assertThat(charts.figuresProperty().get()).contains("Short sleep (under 7.5 h)", "High stress (9 or more)",
                "Holm's method");
    }

    @Test
    void export_writesAPngOfTheChosenSize_addingTheExtensionToANameWithout() throws Exception {
        charts.export(files.resolve("for-the-doctor"), 1200, 800);
        var written = files.resolve("for-the-doctor.png");
        assertThat(ImageIO.read(written.toFile()).getWidth()).isEqualTo(1200);
        assertThat(charts.messageProperty().get()).isEqualTo("Saved the chart as " + written + " (1200×800).");
    }

    @Test
    void export_toAnotherFormat_isRefused_andWritesNothing() throws Exception {
        charts.export(files.resolve("chart.jpg"), 1200, 800);
        assertThat(charts.messageProperty().get()).isEqualTo("The chart was not saved: chart.jpg does not end in "
                + ".png: a chart is written as a PNG image; choose a name ending in .png.");
        try (var listing = Files.list(files)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void export_ontoTheDataFoldersOwnFiles_isRefused_andChangesNothing() throws Exception {
        KeptFilesFixture.fill(dataDir);
        var before = KeptFilesFixture.snapshot(dataDir);
        for (var target : KeptFilesFixture.forbidden(dataDir, files, "png")) {
            if (!target.getFileName().toString().contains(".")) {
                continue; // the window adds .png, which makes it the name of another file
            }
            charts.export(target, 400, 300);
            var message = charts.messageProperty().get();
            assertThat(message).as(target.toString()).startsWith("The chart was not saved: ");
            if (target.getFileName().toString().endsWith(".png")) {
                assertThat(message).as(target.toString()).startsWith("The chart was not saved: " + target + " ")
                        .endsWith("; choose another file.");
            }
            assertThat(KeptFilesFixture.snapshot(dataDir)).as(target.toString()).containsAllEntriesOf(before);
        }
    }
}
