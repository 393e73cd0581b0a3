package org.headback.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the table of published figures: UTF-8 text, one row per line, fields separated by tabs, a header line
 * naming the columns, and lines starting with {@code #} as comments. Strict: the first line that is wrong stops
 * the reading with its line and column named.
 */
final class EvidenceFile {
    static final List<String> COLUMNS = List.of("id", "study", "label", "comparison", "odds_ratio", "ci_low",
            "ci_high", "note", "citation", "article", "passage");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final Set<String> ids = new HashSet<>();
    private int line;

    private EvidenceFile(String file) {
        this.file = file;
    }

    /** The rows in the order of the file. */
    static List<EvidenceRow> read(String file, Reader reader) throws IOException {
        return new EvidenceFile(file).readAll(new BufferedReader(reader));
    }

    private List<EvidenceRow> readAll(BufferedReader in) throws IOException {
        var rows = new ArrayList<EvidenceRow>();
        boolean headerSeen = false;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            var fields = fields(text);
            if (!headerSeen) {
                checkHeader(fields);
                headerSeen = true;
            } else {
                rows.add(row(fields));
            }
        }
        if (!headerSeen) {
            throw new EvidenceFileException(file, Math.max(1, line), "no header: the file has no columns");
        }
        if (rows.isEmpty()) {
            throw new EvidenceFileException(file, line, "no rows: the file lists no published figure");
        }
        return rows;
    }

    private List<String> fields(String text) {
        var fields = List.of(text.split("\t", -1));
        if (fields.size() != COLUMNS.size()) {
            throw new EvidenceFileException(file, line, fields.size() + " fields where " + COLUMNS.size()
                    + " are needed (fields are separated by tabs)");
        }
        return fields.stream().map(String::strip).toList();
    }

    private void checkHeader(List<String> fields) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (!COLUMNS.get(i).equals(fields.get(i))) {
                throw new EvidenceFileException(file, line, "column " + (i + 1) + ": “" + fields.get(i)
                        + "” where the header needs “" + COLUMNS.get(i) + "”");
            }
        }
    }

    private EvidenceRow row(List<String> fields) {
        var id = required(fields, "id");
        if (!ID.matcher(id).matches()) {
            throw fail("id", "“" + id + "” is not a name of lower-case letters, digits and hyphens");
        }
        if (!ids.add(id)) {
            throw fail("id", "“" + id + "” is used by an earlier row");
        }
        var oddsRatio = positive(fields, "odds_ratio").orElseThrow(() -> fail("odds_ratio", "is empty"));
        var low = positive(fields, "ci_low");
        var high = positive(fields, "ci_high");
        if (low.isPresent() != high.isPresent()) {
            throw fail(low.isPresent() ? "ci_high" : "ci_low", "is empty while the other end of the interval is "
                    + "given; give both ends, or neither when the source gives no interval");
        }
        if (low.isPresent() && low.get().compareTo(oddsRatio) > 0) {
            throw fail("ci_low", low.get() + " is above the odds ratio " + oddsRatio);
        }
        if (high.isPresent() && high.get().compareTo(oddsRatio) < 0) {
            throw fail("ci_high", high.get() + " is below the odds ratio " + oddsRatio);
        }
        var article = optional(fields, "article");
        var passage = optional(fields, "passage");
        if (article.isPresent() != passage.isPresent()) {
            throw fail(article.isPresent() ? "passage" : "article", "is empty; an article needs the passage that "
                    + "quotes the figure, and a passage its article");
        }
        return new EvidenceRow(id, required(fields, "study"), required(fields, "label"),
                required(fields, "comparison"), oddsRatio, low, high, fields.get(COLUMNS.indexOf("note")),
                required(fields, "citation"), article, passage);
    }

    private String required(List<String> fields, String column) {
        return optional(fields, column).orElseThrow(() -> fail(column, "is empty"));
    }

    private static Optional<String> optional(List<String> fields, String column) {
        var value = fields.get(COLUMNS.indexOf(column));
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private Optional<BigDecimal> positive(List<String> fields, String column) {
        var text = optional(fields, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.get());
        } catch (NumberFormatException e) {
            throw fail(column, "“" + text.get() + "” is not a number");
        }
        if (value.signum() <= 0) {
            throw fail(column, text.get() + " is not above 0; an odds ratio and its interval are");
        }
        return Optional.of(value);
    }

    private EvidenceFileException fail(String column, String message) {
        return new EvidenceFileException(file, line, column + ": " + message);
    }
}
