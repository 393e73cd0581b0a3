package org.headback.evidence;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.headback.text.Figures;

/**
 * One published figure on back pain and headache together: an odds ratio with its 95 % interval where the source
 * gives one, what it compares, where it comes from, and the bundled article that quotes it.
 *
 * @param id         stable name of the row, e.g. {@code ashina-2018-chronic-headache}
 * @param study      the study, e.g. "Ashina et al. 2018"
 * @param label      a short label for the chart's row
 * @param comparison what the odds ratio compares, in words
 * @param oddsRatio  as the source prints it (so 8.00 stays 8.00)
 * @param low        lower end of the 95 % interval; empty when the source gives none
 * @param high       upper end of the 95 % interval; empty when the source gives none
 * @param note       what else the source says about the figure; may be empty
 * @param citation   where the figure was published
 * @param article    the bundled article (its seed file's name) that quotes the figure
 * @param passage    the exact words of that article that give the figure
 */
public record EvidenceRow(String id, String study, String label, String comparison, BigDecimal oddsRatio,
                          Optional<BigDecimal> low, Optional<BigDecimal> high, String note, String citation,
                          Optional<String> article, Optional<String> passage) {
    /** What a row without an interval says instead of one. */
    public static final String NO_INTERVAL = "interval not given in the source";

    public EvidenceRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(oddsRatio, "oddsRatio");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(passage, "passage");
        if (low.isPresent() != high.isPresent()) {
            throw new IllegalArgumentException(id + ": an interval needs both ends");
        }
        if (article.isPresent() != passage.isPresent()) {
            throw new IllegalArgumentException(id + ": an article needs the passage that quotes it, and back");
        }
    }

    public boolean hasInterval() {
        return low.isPresent();
    }

    /** True when the interval reaches 1 or beyond, so it is compatible with no association at all. */
    public boolean intervalIncludesOne() {
        return hasInterval() && low.get().compareTo(BigDecimal.ONE) <= 0 && high.get().compareTo(BigDecimal.ONE) >= 0;
    }

    /**
     * "1.9 (95 % CI 0.8–4.5)", or "9.5 (interval not given in the source)": each number to two significant
     * figures, as HeadBack writes every ratio ({@link Figures#ratio(double)}).
     */
    public String figure() {
        var interval = hasInterval() ? "95 % CI " + Figures.ratio(low.get().doubleValue()) + "–"
                + Figures.ratio(high.get().doubleValue()) : NO_INTERVAL;
        return Figures.ratio(oddsRatio.doubleValue()) + " (" + interval + ")";
    }
}
