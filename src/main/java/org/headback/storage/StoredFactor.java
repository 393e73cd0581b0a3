package org.headback.storage;

import java.util.Objects;

/**
 * A yes/no factor as stored.
 *
 * @param effect    the effect's code
 * @param suggested the code of the suggestion it came from, or null for the user's own
 */
public record StoredFactor(String name, String effect, boolean hidden, String suggested) {
    public StoredFactor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effect, "effect");
    }
}
