package org.headback.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.headback.article.Library;
import org.headback.chart.ChartInput;
import org.headback.chart.ChartKind;
import org.headback.diary.DateRange;
import org.headback.stats.DayPoint;
import org.headback.stats.Thresholds;
import org.headback.storage.Database;
import org.headback.storage.SqliteArticleStore;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.MessageLine;
import org.headback.ui.TestNavigation;
import org.headback.ui.charts.ChartsViewModel;
import org.headback.ui.reader.ReaderViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dataDir;
    private Database database;
    private ReaderViewModel reader;
    private final ReadOnlyObjectWrapper<ChartsViewModel.Drawn> drawn = new ReadOnlyObjectWrapper<>();
    private EvidenceViewModel viewModel;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        var runner = new DirectTaskRunner();
        var navigation = new TestNavigation();
        reader = new ReaderViewModel(runner, new MessageLine(), navigation);
        navigation.openPassagesIn(reader);
        reader.load(() -> Library.open(new SqliteArticleStore(database)), Optional.empty());
        viewModel = new EvidenceViewModel(drawn.getReadOnlyProperty(), reader.articles(), navigation, new MessageLine(),
                runner);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Days of the last {@code count} days: back pain and headache together on every other day. */
    private static ChartInput days(int count) {
        var range = DateRange.lastDays(count, TODAY);
        var days = new ArrayList<DayPoint>();
        for (int i = 0; i < count; i++) {
            boolean pain = i % 2 == 0;
            days.add(new DayPoint(TODAY.minusDays(i), pain ? 6 : 0, pain || i % 7 == 1 ? 5 : 0));
        }
        return ChartInput.of(range, days, Thresholds.DEFAULT);
    }

    private void draw(ChartKind kind, ChartInput input) {
        drawn.set(new ChartsViewModel.Drawn(kind, input, null));
    }

    @Test
    void anEvidenceChartDrawn_listsThePublishedFigures_withTheArticlesThatQuoteThem_andWordsTheParagraph() {
        draw(ChartKind.EVIDENCE, days(60));
        assertThat(viewModel.items()).hasSize(8);
        var quoted = viewModel.items().stream().filter(item -> item.row().article().isPresent()).toList();
        assertThat(quoted).hasSize(5).allSatisfy(item ->
                assertThat(item.articleTitle()).contains("Can Back Pain Cause Migraines"));
        assertThat(viewModel.items()).filteredOn(item -> item.row().article().isEmpty())
                .allSatisfy(item -> assertThat(item.articleTitle()).isEmpty());
        assertThat(viewModel.paragraphProperty().get()).startsWith("Over the 60 recorded days of this range")
                .contains("is not a study").contains("All 8 published figures are above 1");
        assertThat(viewModel.messageProperty().get()).isEmpty();
    }

    @Test
    void withoutEnoughDays_theParagraphGivesTheReason_andNoFigure() {
        draw(ChartKind.EVIDENCE, days(10));
        assertThat(viewModel.paragraphProperty().get()).startsWith("Your diary gives no figure for this range "
                + "(not enough data): Only 10 days are recorded");
        assertThat(viewModel.items()).hasSize(8);
    }

    @Test
    void anotherKindOfChart_leavesTheEvidenceViewAsItWas() {
        draw(ChartKind.TOGETHER, days(60));
        assertThat(viewModel.items()).isEmpty();
        assertThat(viewModel.paragraphProperty().get()).isEmpty();
    }

    @Test
    void select_marksAFigure_andOpeningItsPassage_showsItInTheReader() {
        draw(ChartKind.EVIDENCE, days(60));
        viewModel.select("ashina-2018-chronic-headache");
        assertThat(viewModel.selectedRowProperty().get()).isEqualTo("ashina-2018-chronic-headache");

        var yoon = viewModel.items().stream().filter(item -> item.row().id().equals("yoon-2013-chronic-headache"))
                .findFirst().orElseThrow();
        viewModel.openPassage(yoon);
        assertThat(viewModel.selectedRowProperty().get()).isEqualTo("yoon-2013-chronic-headache");
        assertThat(reader.selectedProperty().get().sourceName()).isEqualTo("004_2eba5ff69666bfda.txt");
        assertThat(reader.currentClaimProperty().get().rowId()).isEqualTo("yoon-2013-chronic-headache");
    }
}
