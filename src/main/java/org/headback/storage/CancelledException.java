package org.headback.storage;

/** Long work that the user cancelled; whatever it had begun was rolled back. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled: nothing was changed.");
    }
}
