package org.headback.diary;

import java.util.List;
import org.headback.text.Words;

/**
 * What an import did.
 *
 * @param newFactors the factors the import made, as the user's own, because the file ticked them and the diary did
 *                   not know them
 * @param notUsed    what else the file held that was left out, each in words ({@link ImportPlan#notUsed})
 */
public record ImportResult(int imported, int replaced, int skipped, List<String> unknownColumns,
                           List<String> newFactors, List<String> notUsed) {
    /** A file can tick thousands of new names; the summary stays one readable line. */
    private static final int NAMED_FACTORS = 20;

    public ImportResult {
        unknownColumns = List.copyOf(unknownColumns);
        newFactors = List.copyOf(newFactors);
        notUsed = List.copyOf(notUsed);
    }

    /** What an import of a file that left out nothing but unknown columns did. */
    public ImportResult(int imported, int replaced, int skipped, List<String> unknownColumns,
                        List<String> newFactors) {
        this(imported, replaced, skipped, unknownColumns, newFactors, List.of());
    }

    /** "imported 12 days", with what was skipped, replaced, made or ignored. */
    public String summary() {
        var text = new StringBuilder("imported " + Words.count("day", imported));
        if (replaced > 0) {
            text.append(", ").append(replaced).append(" of them replacing days already in the diary");
        }
        if (skipped > 0) {
            text.append("; skipped ").append(Words.count("day", skipped))
                    .append(" already in the diary");
        }
        if (!newFactors.isEmpty()) {
            text.append("; added ").append(Words.count("new-factor", newFactors.size())).append(": ")
                    .append(namedInShort(newFactors));
        }
        if (!unknownColumns.isEmpty()) {
            text.append("; ignored ").append(Words.format("columns", unknownColumns.size())).append(' ')
                    .append(String.join(", ", unknownColumns));
        }
        if (!notUsed.isEmpty()) {
            text.append("; not used: ").append(String.join("; ", notUsed));
        }
        return text.toString();
    }

    /** "f0, f1, … f19 and 9,980 more": the first factors a file made by name, the rest counted. */
    public static String namedInShort(List<String> factors) {
        var named = String.join(", ", factors.subList(0, Math.min(NAMED_FACTORS, factors.size())));
        return factors.size() > NAMED_FACTORS
                ? named + " and " + Words.format("more-factors", factors.size() - NAMED_FACTORS) : named;
    }
}
