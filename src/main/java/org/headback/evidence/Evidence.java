package org.headback.evidence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The published figures on back pain and headache together that HeadBack shows beside the user's diary, read
 * from the bundled table {@code odds-ratios.tsv} (one row per figure, each with its citation).
 */
public final class Evidence {
    static final String RESOURCE = "odds-ratios.tsv";

    private static Evidence bundled;

    private final List<EvidenceRow> rows;

    private Evidence(List<EvidenceRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The bundled figures, read the first time they are asked for. */
    public static synchronized Evidence bundled() {
        if (bundled == null) {
            bundled = loadBundled();
        }
        return bundled;
    }

    /** The figures in a table of this format; {@code file} names it in messages. */
    public static Evidence read(String file, Reader reader) throws IOException {
        return new Evidence(EvidenceFile.read(file, reader));
    }

    public List<EvidenceRow> rows() {
        return rows;
    }

    public Optional<EvidenceRow> row(String id) {
        return rows.stream().filter(row -> row.id().equals(id)).findFirst();
    }

    private static Evidence loadBundled() {
        var stream = Evidence.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("The table of published figures is missing from the build ("
                    + RESOURCE + ").");
        }
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(RESOURCE, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
