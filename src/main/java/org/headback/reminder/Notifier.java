package org.headback.reminder;

import java.util.Optional;

/** Shows the reminder as a desktop notification, the way the system shows them. */
public interface Notifier {
    String SUMMARY = "Today is not recorded yet";
    String BODY = "How were your back and your head today? Recording the day takes a minute.";
    String OPEN = "Open HeadBack";

    /** Whether a notification can be shown here now; asked before the background reminder settles down to wait. */
    boolean available();

    /**
     * Shows the reminder; empty when no notification service takes it. {@code onOpen} is called, on another thread,
     * when the user clicks the notification or its "Open HeadBack" button, where the desktop offers those.
     */
    Optional<Shown> show(Runnable onOpen);

    /** A notification on show. */
    interface Shown extends AutoCloseable {
        /** Whether it is still on show (or kept in the desktop's list), so that a click can still come. */
        boolean open();

        /** Stops listening for its clicks, taking it away if {@code withdraw}; it is never shown again. */
        void close(boolean withdraw);

        /** Stops listening for its clicks, leaving it where the desktop keeps it. */
        @Override
        default void close() {
            close(false);
        }
    }
}
