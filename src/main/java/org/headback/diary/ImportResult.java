package org.headback.diary;

import java.util.List;

/** What an import did. */
public record ImportResult(int imported, int replaced, int skipped, List<String> unknownColumns) {
    public ImportResult {
        unknownColumns = List.copyOf(unknownColumns);
    }

    /** "imported 12 days", with what was skipped, replaced or ignored. */
    public String summary() {
        var text = new StringBuilder("imported " + imported + (imported == 1 ? " day" : " days"));
        if (replaced > 0) {
            text.append(", ").append(replaced).append(" of them replacing days already in the diary");
        }
        if (skipped > 0) {
            text.append("; skipped ").append(skipped).append(skipped == 1 ? " day" : " days")
                    .append(" already in the diary");
        }
        if (!unknownColumns.isEmpty()) {
            text.append("; ignored ").append(unknownColumns.size() == 1 ? "column " : "columns ")
                    .append(String.join(", ", unknownColumns));
        }
        return text.toString();
    }
}
