package org.headback.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A recorded day on which at least one warning sign was ticked, with the signs in the checklist's order. */
public record WarningSignDay(LocalDate date, List<WarningSign> signs) {
    public WarningSignDay {
        Objects.requireNonNull(date, "date");
        signs = List.copyOf(signs);
    }

    /** The signs' labels, joined: "A high fever or chills; Unexplained weight loss". */
    public String labels() {
        return String.join("; ", signs.stream().map(WarningSign::label).toList());
    }
}
