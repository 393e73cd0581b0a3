package org.headback.ui.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.article.ArticleEntry;
import org.headback.chart.ChartKind;
import org.headback.evidence.Evidence;
import org.headback.evidence.EvidenceRow;
import org.headback.evidence.EvidenceText;
import org.headback.stats.CooccurrenceStats;
import org.headback.ui.MessageLine;
import org.headback.ui.Navigation;
import org.headback.ui.TaskRunner;
import org.headback.ui.charts.ChartsViewModel;

/**
 * The evidence view beside its chart: the paragraph on what the user's figure can and cannot mean, the list of
 * published figures with their sources, which one is selected, and opening the article passage that quotes one.
 * It follows the evidence chart the charts area draws, so the range and thresholds are the charts' own.
 */
public final class EvidenceViewModel {
    /** One published figure as the list shows it, with the title of the bundled article that quotes it. */
    public record Item(EvidenceRow row, Optional<String> articleTitle) {
        public Item {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(articleTitle, "articleTitle");
        }
    }

    /** What the background work found. */
    private record Shown(List<EvidenceRow> rows, String paragraph) {
    }

    // Properties
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<Item> itemsShown = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper paragraph = new ReadOnlyStringWrapper(this, "paragraph", "");
    private final ObjectProperty<String> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");

    private final ObservableList<ArticleEntry> articles;
    private final Navigation navigation;
    private final MessageLine messages;
    private final TaskRunner runner;
    private long request;

    /**
     * @param drawn      the chart the charts area shows; each evidence chart drawn brings the paragraph up to date
     * @param articles   the library's articles, for the titles of those that quote a figure
     * @param navigation opens a figure's passage in the reader
     * @param messages   the evidence view's message line
     */
    public EvidenceViewModel(ReadOnlyObjectProperty<ChartsViewModel.Drawn> drawn, ObservableList<ArticleEntry> articles,
                             Navigation navigation, MessageLine messages, TaskRunner runner) {
        Objects.requireNonNull(drawn, "drawn");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        drawn.addListener((observable, old, chart) -> {
            if (chart != null && chart.kind() == ChartKind.EVIDENCE) {
                show(chart.input().stats());
            }
        });
    }

    // Commands

    /** Reads the published figures and words the paragraph for these statistics, in the background. */
    public void show(CooccurrenceStats stats) {
        Objects.requireNonNull(stats, "stats");
        long mine = ++request;
        runner.run("Comparing with the published figures…", () -> {
            var evidence = Evidence.bundled();
            return new Shown(evidence.rows(), EvidenceText.paragraph(stats, evidence));
        }, shown -> {
            if (mine == request) {
                messages.clear();
                items.setAll(shown.rows().stream().map(row -> new Item(row, articleTitle(row))).toList());
                paragraph.set(shown.paragraph());
            }
        }, error -> messages.failure("The published figures could not be read: " + error.getMessage()));
    }

    /** Selects a published figure by its row id (a marked passage in the reader opens the view this way). */
    public void select(String rowId) {
        selectedRow.set(rowId);
    }

    /** Opens the article that quotes the figure, at the passage, in the reader. */
    public void openPassage(Item item) {
        var row = item.row();
        selectedRow.set(row.id());
        row.article().ifPresent(article -> navigation.openPassage(article, row.id()));
    }

    private Optional<String> articleTitle(EvidenceRow row) {
        return row.article().flatMap(source -> articles.stream()
                .filter(article -> !article.isUserArticle() && article.sourceName().equals(source))
                .map(ArticleEntry::title).findFirst());
    }

    // Accessors

    public ObservableList<Item> items() {
        return itemsShown;
    }

    public ReadOnlyStringProperty paragraphProperty() {
        return paragraph.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return messages.textProperty();
    }

    public ObjectProperty<String> selectedRowProperty() {
        return selectedRow;
    }
}
