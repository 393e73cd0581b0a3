package org.headback.ui.reader;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.headback.article.SearchHit;
import org.headback.evidence.Claim;

/**
 * Sets a run of article text as a flow, with the search hits and the passages the evidence view uses marked
 * inside it, each as runs of their own (a hit inside a passage is both). A passage opens the evidence view when
 * clicked. Pure layout: the looks are in {@code ArticleView.css}.
 */
final class MarkedText {
    static final String CURRENT_HIT = "search-hit-current";
    static final String CLAIM = "evidence-claim";
    static final String CURRENT_CLAIM = "evidence-claim-current";
    static final String CLAIM_TOOLTIP = "Used in the evidence view: click to see this figure there";

    /** The hit and the passage that are current, either may be null. */
    record Current(SearchHit hit, Claim claim) {
    }

    private MarkedText() {
    }

    /**
     * @param item   the list item the text is, or -1 for a heading or paragraph
     * @param hits   the block's hits; those of other items are left out
     * @param claims the block's passages; those of other items are left out
     */
    static TextFlow flow(String content, int item, List<SearchHit> hits, List<Claim> claims, Current current,
                         Consumer<Claim> open) {
        var myHits = hits.stream().filter(hit -> hit.itemIndex() == item && hit.end() <= content.length())
                .sorted(Comparator.comparingInt(SearchHit::start)).toList();
        var myClaims = claims.stream().filter(claim -> claim.itemIndex() == item && claim.end() <= content.length())
                .sorted(Comparator.comparingInt(Claim::start)).toList();
        var cuts = new TreeSet<Integer>(List.of(0, content.length()));
        myHits.forEach(hit -> cuts.addAll(List.of(hit.start(), hit.end())));
        myClaims.forEach(claim -> cuts.addAll(List.of(claim.start(), claim.end())));
        var flow = new TextFlow();
        int h = 0;
        int c = 0;
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            while (h < myHits.size() && myHits.get(h).end() <= from) {
                h++;
            }
            while (c < myClaims.size() && myClaims.get(c).end() <= from) {
                c++;
            }
            var hit = h < myHits.size() && myHits.get(h).start() <= from ? myHits.get(h) : null;
            var claim = c < myClaims.size() && myClaims.get(c).start() <= from ? myClaims.get(c) : null;
            flow.getChildren().add(run(content.substring(from, to), hit, claim, current, open));
        }
        return flow;
    }

    private static Text run(String content, SearchHit hit, Claim claim, Current current, Consumer<Claim> open) {
        var text = new Text(content);
        text.getStyleClass().add("article-text");
        if (claim != null) {
            text.getStyleClass().add(CLAIM);
            text.getProperties().put(Claim.class, claim);
            if (claim.equals(current.claim())) {
                text.getStyleClass().add(CURRENT_CLAIM);
            }
            Tooltip.install(text, new Tooltip(CLAIM_TOOLTIP));
            text.setOnMouseClicked(event -> open.accept(claim));
        }
        if (hit != null) {
            text.getStyleClass().add("search-hit");
            text.getProperties().put(SearchHit.class, hit);
            if (hit.equals(current.hit())) {
                text.getStyleClass().add(CURRENT_HIT);
            }
        }
        return text;
    }
}
