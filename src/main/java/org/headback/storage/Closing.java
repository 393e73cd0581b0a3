package org.headback.storage;

/** The one way the storage closes what it no longer needs when a failure to close changes nothing. */
final class Closing {
    private Closing() {
    }

    /**
     * Closes {@code resource} (if not null) and ignores a failure: it is called only where nothing is pending (every
     * write was committed or rolled back, or the resource was only read from, or it held a lock that goes with it).
     */
    static void quietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception ignored) {
            // Nothing is pending: see above.
        }
    }
}
