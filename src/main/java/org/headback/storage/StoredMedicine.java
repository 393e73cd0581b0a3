package org.headback.storage;

import java.util.Objects;

/**
 * A medicine of the user's list as stored.
 *
 * @param medicationClass the class's code
 */
public record StoredMedicine(String name, String medicationClass, String dose, boolean preventive, boolean hidden) {
    public StoredMedicine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(medicationClass, "medicationClass");
        Objects.requireNonNull(dose, "dose");
    }
}
