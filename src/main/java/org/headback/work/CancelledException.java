package org.headback.work;

/** Long work that the user cancelled; whatever it had begun was undone. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        this("Cancelled: nothing was changed.");
    }

    /** @param message what the cancel left, for the user ("The report was cancelled; no file was written.") */
    public CancelledException(String message) {
        super(message);
    }
}
