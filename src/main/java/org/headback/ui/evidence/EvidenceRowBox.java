package org.headback.ui.evidence;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One published figure in the evidence view: what it compares, the odds ratio and interval (or that the source
 * gives none), what else the source says, the citation, and a link to the article passage that quotes it.
 */
final class EvidenceRowBox extends VBox {
    static final String SELECTED = "evidence-row-selected";

    private final EvidenceViewModel.Item item;

    EvidenceRowBox(EvidenceViewModel.Item item, Consumer<EvidenceViewModel.Item> open) {
        this.item = item;
        var row = item.row();
        getStyleClass().add("evidence-row");
        getChildren().addAll(label("Odds ratio " + row.figure() + " · " + row.study(), "evidence-row-title"),
                label(row.comparison(), "evidence-row-comparison"));
        if (!row.note().isEmpty()) {
            getChildren().add(label(row.note(), "evidence-row-note"));
        }
        getChildren().add(label("Source: " + row.citation(), "evidence-row-source"));
        if (row.article().isPresent()) {
            var link = new Hyperlink("Read it in “" + item.articleTitle().orElse("the article") + "”");
            link.getStyleClass().add("evidence-row-link");
            link.setOnAction(event -> open.accept(item));
            getChildren().add(link);
        }
    }

    private static Label label(String text, String styleClass) {
        var label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    EvidenceViewModel.Item item() {
        return item;
    }

    void setSelected(boolean selected) {
        getStyleClass().remove(SELECTED);
        if (selected) {
            getStyleClass().add(SELECTED);
        }
    }
}
