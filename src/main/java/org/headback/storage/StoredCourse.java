package org.headback.storage;

import java.util.Objects;

/**
 * A preventive course as stored.
 *
 * @param medicine the kept medicine's name
 * @param start    yyyy-MM-dd
 * @param stop     yyyy-MM-dd, or null while it is still taken
 */
public record StoredCourse(String medicine, String start, String stop) {
    public StoredCourse {
        Objects.requireNonNull(medicine, "medicine");
        Objects.requireNonNull(start, "start");
    }
}
