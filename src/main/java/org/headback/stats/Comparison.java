package org.headback.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Two ranges of days side by side: each measure per 30 recorded days, and its change. Without enough data the
 * recorded days stay, {@code changes} is empty and {@code reason} says why.
 */
public record Comparison(int beforeDays, int afterDays, List<MeasureChange> changes, Optional<String> reason) {
    public Comparison {
        changes = List.copyOf(changes);
        Objects.requireNonNull(reason, "reason");
    }

    public boolean enoughData() {
        return reason.isEmpty();
    }
}
