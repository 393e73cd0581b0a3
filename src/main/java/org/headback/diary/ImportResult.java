package org.headback.diary;

import java.util.List;
import org.headback.text.Words;

/** What an import did. */
public record ImportResult(int imported, int replaced, int skipped, List<String> unknownColumns) {
    public ImportResult {
        unknownColumns = List.copyOf(unknownColumns);
    }

    /** "imported 12 days", with what was skipped, replaced or ignored. */
    public String summary() {
        var text = new StringBuilder("imported " + Words.count("day", imported));
        if (replaced > 0) {
            text.append(", ").append(replaced).append(" of them replacing days already in the diary");
        }
        if (skipped > 0) {
            text.append("; skipped ").append(Words.count("day", skipped))
                    .append(" already in the diary");
        }
        if (!unknownColumns.isEmpty()) {
            text.append("; ignored ").append(Words.format("columns", unknownColumns.size())).append(' ')
                    .append(String.join(", ", unknownColumns));
        }
        return text.toString();
    }
}
